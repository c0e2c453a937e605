namespace Mensenhandel.Domain.ReferenceData;

/// <summary>One of the ten regional units of the Dutch police (RE01–RE10).</summary>
public sealed class PoliceUnit
{
    private PoliceUnit() { }

    public PoliceUnit(string id, string name)
    {
        Id = ReferenceCode.Require(id, "RE", nameof(id));
        Name = name;
    }

    public string Id { get; private set; } = "";
    public string Name { get; private set; } = "";
}
