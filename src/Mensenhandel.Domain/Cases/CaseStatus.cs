namespace Mensenhandel.Domain.Cases;

/// <summary>Where a casus stands. Stored by name.</summary>
public enum CaseStatus
{
    /// <summary>Aangemeld: opened from a melding, not yet picked up.</summary>
    Registered,

    /// <summary>In behandeling.</summary>
    InProgress,

    /// <summary>Doorverwezen: at least one referral is running.</summary>
    Referred,

    /// <summary>In opvang.</summary>
    InShelter,

    /// <summary>Nazorg.</summary>
    Aftercare,

    /// <summary>Afgesloten.</summary>
    Closed,
}

/// <summary>
/// The explicit map of allowed status moves. Anything not listed is refused; reopening is the move from
/// Closed back to InProgress.
/// </summary>
public static class CaseWorkflow
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Allowed = new()
    {
        [CaseStatus.Registered] = [CaseStatus.InProgress, CaseStatus.Closed],
        [CaseStatus.InProgress] = [CaseStatus.Referred, CaseStatus.InShelter, CaseStatus.Aftercare, CaseStatus.Closed],
        [CaseStatus.Referred] = [CaseStatus.InProgress, CaseStatus.InShelter, CaseStatus.Aftercare, CaseStatus.Closed],
        [CaseStatus.InShelter] = [CaseStatus.InProgress, CaseStatus.Referred, CaseStatus.Aftercare, CaseStatus.Closed],
        [CaseStatus.Aftercare] = [CaseStatus.InProgress, CaseStatus.Closed],
        [CaseStatus.Closed] = [CaseStatus.InProgress],
    };

    public static bool CanMove(CaseStatus from, CaseStatus to) =>
        Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    public static IReadOnlyList<CaseStatus> NextFrom(CaseStatus from) =>
        Allowed.TryGetValue(from, out var targets) ? targets : [];

    public static string DutchName(CaseStatus status) => status switch
    {
        CaseStatus.Registered => "aangemeld",
        CaseStatus.InProgress => "in behandeling",
        CaseStatus.Referred => "doorverwezen",
        CaseStatus.InShelter => "in opvang",
        CaseStatus.Aftercare => "nazorg",
        CaseStatus.Closed => "afgesloten",
        _ => status.ToString(),
    };
}
