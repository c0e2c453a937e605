namespace Mensenhandel.Domain.Organisations;

public enum OrganisationType
{
    /// <summary>Zorgcoördinatie mensenhandel of a region.</summary>
    CareCoordination,

    /// <summary>Gemeente.</summary>
    Municipality,

    /// <summary>Politie (a regional unit).</summary>
    Police,

    /// <summary>Zorg/opvang: shelters and care organisations.</summary>
    CareProvider,

    /// <summary>Landelijk: CoMensha, the national desk.</summary>
    National,

    /// <summary>Overig: schools, employers, other professionals who report.</summary>
    Other,
}
