namespace Mensenhandel.Domain.ReferenceData;

/// <summary>
/// A coordination region (regio): the area one zorgcoördinator covers. By default there is one per
/// police unit with the same code; an administrator may move municipalities between regions.
/// </summary>
public sealed class Region
{
    private Region() { }

    public Region(string id, string name)
    {
        Id = ReferenceCode.Require(id, "RE", nameof(id));
        Name = name;
    }

    public string Id { get; private set; } = "";
    public string Name { get; private set; } = "";
}
