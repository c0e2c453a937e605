namespace Mensenhandel.Domain.Organisations;

/// <summary>
/// The roles of the portal. A user has exactly one; what they see follows from role + organisation + region.
/// The names are stored (Identity roles) and in claims; <see cref="DisplayName"/> is what users read.
/// </summary>
public static class Role
{
    public const string Administrator = "Administrator";
    public const string CareCoordinator = "CareCoordinator";
    public const string DesignatedOfficer = "DesignatedOfficer";
    public const string Police = "Police";
    public const string CarePartner = "CarePartner";
    public const string National = "National";
    public const string Reporter = "Reporter";

    public static IReadOnlyList<string> All { get; } =
        [Administrator, CareCoordinator, DesignatedOfficer, Police, CarePartner, National, Reporter];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    public static string DisplayName(string role) => role switch
    {
        Administrator => "Beheerder",
        CareCoordinator => "Zorgcoördinator",
        DesignatedOfficer => "Aandachtsfunctionaris",
        Police => "Politie",
        CarePartner => "Zorgpartner",
        National => "Landelijk (CoMensha)",
        Reporter => "Signaleerder",
        _ => role,
    };

    /// <summary>Which organisation type a role can belong to. A beheerder may belong to none.</summary>
    public static bool FitsOrganisation(string role, OrganisationType? type) => (role, type) switch
    {
        (Administrator, _) => true,
        (CareCoordinator, OrganisationType.CareCoordination) => true,
        (DesignatedOfficer, OrganisationType.Municipality) => true,
        (Police, OrganisationType.Police) => true,
        (CarePartner, OrganisationType.CareProvider) => true,
        (National, OrganisationType.National) => true,
        (Reporter, not null) => true,
        _ => false,
    };
}
