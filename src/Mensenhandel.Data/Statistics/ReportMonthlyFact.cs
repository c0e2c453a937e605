using Mensenhandel.Domain.Reports;

namespace Mensenhandel.Data.Statistics;

/// <summary>Which melding figure a <see cref="ReportMonthlyFact"/> row counts towards.</summary>
public enum ReportFactKind
{
    /// <summary>Meldingen per municipality (and region): also the month × form table and the total.</summary>
    Area,
    Sector,
    PossiblyMinor,
    AcuteDanger,
    /// <summary>Triaged meldingen per whole hour from submission to first triage.</summary>
    TriageHours,
}

/// <summary>
/// Pre-aggregated melding counts of one UTC calendar month for the dashboard. Every row is one <see cref="Kind"/>
/// with one value; the dimensions are kept apart (not one row per combination of all of them) because the
/// combination is almost as fine as the meldingen themselves and would save nothing. Only area rows carry the
/// municipality, for the same reason; a municipality filter reads the meldingen directly (a small index range).
/// </summary>
public sealed class ReportMonthlyFact
{
    private ReportMonthlyFact() { }

    public ReportMonthlyFact(DateTimeOffset month, ReportFactKind kind, string? regionId, string? municipalityCode, int formMask,
        Sector? reporterSector, bool? flag, int? triageHours, int count)
    {
        Month = month;
        Kind = kind;
        RegionId = regionId;
        MunicipalityCode = municipalityCode;
        FormMask = formMask;
        ReporterSector = reporterSector;
        Flag = flag;
        TriageHours = triageHours;
        Count = count;
    }

    public long Id { get; private set; }

    /// <summary>The first instant of the UTC month the meldingen were submitted in.</summary>
    public DateTimeOffset Month { get; private set; }

    public ReportFactKind Kind { get; private set; }

    /// <summary>Null: the national queue (no region).</summary>
    public string? RegionId { get; private set; }

    /// <summary>Set on <see cref="ReportFactKind.Area"/> rows only.</summary>
    public string? MunicipalityCode { get; private set; }

    /// <summary>The melding's forms as bits: <c>1 &lt;&lt; (int)form</c> per <see cref="ExploitationForm"/>.</summary>
    public int FormMask { get; private set; }

    public Sector? ReporterSector { get; private set; }

    /// <summary>Possibly minor or acute danger, by <see cref="Kind"/>.</summary>
    public bool? Flag { get; private set; }

    public int? TriageHours { get; private set; }

    public int Count { get; private set; }

    public static int Bit(ExploitationForm form) => 1 << (int)form;
}

/// <summary>A month whose <see cref="ReportMonthlyFact"/> rows are computed; missing means "compute before use".</summary>
public sealed class ReportFactMonth
{
    private ReportFactMonth() { }

    public ReportFactMonth(DateTimeOffset month, DateTimeOffset computedAt)
    {
        Month = month;
        ComputedAt = computedAt;
    }

    public DateTimeOffset Month { get; private set; }
    public DateTimeOffset ComputedAt { get; private set; }
}
