using Mensenhandel.Domain.ReferenceData;

namespace Mensenhandel.Domain.Organisations;

/// <summary>
/// An organisation users belong to. Its type and region (national for CoMensha) decide, with the user's role,
/// what its users may see; a gemeente also names its municipality, a police organisation its police unit.
/// </summary>
public sealed class Organisation
{
    private Organisation() { }

    public Organisation(Guid id, string name, OrganisationType type, string? regionId, string? municipalityCode = null, string? policeUnitId = null)
    {
        Id = id;
        Type = type;
        Rename(name);
        Place(regionId, municipalityCode, policeUnitId);
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public OrganisationType Type { get; private set; }

    /// <summary>The coordination region; null only for the national desk.</summary>
    public string? RegionId { get; private set; }

    /// <summary>For a gemeente: the municipality it is.</summary>
    public string? MunicipalityCode { get; private set; }

    /// <summary>For the police: the regional unit.</summary>
    public string? PoliceUnitId { get; private set; }

    public bool IsActive { get; private set; } = true;

    public int Version { get; private set; }

    public void Rename(string name)
    {
        name = (name ?? "").Trim();
        if (name.Length is < 2 or > 120)
            throw new DomainRuleException("De naam van de organisatie moet tussen 2 en 120 tekens lang zijn.");
        Name = name;
    }

    public void Place(string? regionId, string? municipalityCode, string? policeUnitId)
    {
        if (Type == OrganisationType.National)
        {
            if (regionId is not null) throw new DomainRuleException("Een landelijke organisatie hoort niet bij een regio.");
        }
        else if (regionId is null)
        {
            throw new DomainRuleException("Kies de regio van de organisatie.");
        }
        if (Type == OrganisationType.Municipality && municipalityCode is null)
            throw new DomainRuleException("Kies de gemeente die deze organisatie is.");
        if (Type != OrganisationType.Municipality && municipalityCode is not null)
            throw new DomainRuleException("Alleen een gemeente hoort bij een gemeentecode.");
        if (Type == OrganisationType.Police && policeUnitId is null)
            throw new DomainRuleException("Kies de politie-eenheid.");
        if (Type != OrganisationType.Police && policeUnitId is not null)
            throw new DomainRuleException("Alleen de politie hoort bij een politie-eenheid.");

        RegionId = regionId;
        MunicipalityCode = municipalityCode;
        PoliceUnitId = policeUnitId;
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    /// <summary>For a new gemeente: its region is the coordination region of the municipality.</summary>
    public static Organisation ForMunicipality(Guid id, string name, Municipality municipality)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        return new Organisation(id, name, OrganisationType.Municipality, municipality.RegionId, municipality.Code);
    }
}
