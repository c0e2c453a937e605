namespace Mensenhandel.Domain.ReferenceData;

/// <summary>A Dutch municipality (gemeente), keyed on its CBS code (GMxxxx).</summary>
public sealed class Municipality
{
    private Municipality() { }

    public Municipality(string code, string name, string province, string safetyRegion, string policeUnitId, string regionId)
    {
        Code = ReferenceCode.Require(code, "GM", nameof(code));
        Name = name;
        Province = province;
        SafetyRegion = safetyRegion;
        PoliceUnitId = ReferenceCode.Require(policeUnitId, "RE", nameof(policeUnitId));
        RegionId = ReferenceCode.Require(regionId, "RE", nameof(regionId));
    }

    public string Code { get; private set; } = "";

    /// <summary>CBS statistical name; keeps suffixes such as "Bergen (NH.)" that tell two Bergens apart.</summary>
    public string Name { get; private set; } = "";

    public string Province { get; private set; } = "";
    public string SafetyRegion { get; private set; } = "";
    public string PoliceUnitId { get; private set; } = "";

    /// <summary>The coordination region whose zorgcoördinator receives this municipality's meldingen.</summary>
    public string RegionId { get; private set; } = "";

    public void MoveToRegion(Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        RegionId = region.Id;
    }
}
