using System.Globalization;
using Mensenhandel.Data;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Municipalities;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Domain.Statistics;
using Mensenhandel.Web.Authorization;
using Mensenhandel.Web.Pages.Gemeente;
using Mensenhandel.Web.Pages.Melden;
using Mensenhandel.Web.Pages.Verwijzingen;
using System.Linq.Expressions;
using Mensenhandel.Data.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Mensenhandel.Domain.Calendar;

namespace Mensenhandel.Web.Pages.Dashboard;

/// <summary>The figures of one dashboard view, or the reason they are withheld.</summary>
public sealed record DashboardResult(IReadOnlyList<DashboardTable> Tables, bool TooFew)
{
    /// <summary>Differs for every computation, so HTML rendered from one result is never shown for another.</summary>
    public Guid Version { get; } = Guid.NewGuid();
}

/// <summary>
/// Computes every dashboard figure. Only non-identifying columns are read (dates, region, municipality code,
/// forms, sector, minor/acute flags, statuses), so retention that blanks names and free text changes nothing here.
/// Every count is grouped in the database (GROUP BY), never by loading rows, and leaves through
/// <see cref="Suppression.Apply"/>. The melding figures of closed months are sums over the pre-aggregated
/// <see cref="ReportMonthlyFact"/> rows (computed on first use, refreshed by <see cref="ReportFactsRefreshJob"/>),
/// the current month is counted live; a municipality filter counts the meldingen themselves (a small index range).
/// On SQLite (development only) the grouping of the same narrow columns runs in memory, because SQLite cannot take
/// a month or an interval of a DateTimeOffset stored as a number.
/// </summary>
public sealed class DashboardFigures(AppDbContext db, IMemoryCache cache)
{
    public const int Threshold = Suppression.DefaultThreshold;

    /// <summary>
    /// How long one computed view is reused. The figures are aggregates without person data, a few minutes old is
    /// fine for trends, and it turns the second and later views of the national dashboard into a lookup.
    /// </summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    /// <summary>The figures of this view, from the short-lived cache when another user computed them just now.</summary>
    public async Task<DashboardResult> ComputeAsync(DashboardScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var key = (nameof(DashboardFigures), scope.RegionId, scope.Period.Key, scope.Period.From, scope.Form, scope.MunicipalityCode);
        if (cache.TryGetValue(key, out DashboardResult? cached) && cached is not null) return cached;
        var result = await ComputeFreshAsync(scope, cancellationToken);
        cache.Set(key, result, CacheFor);
        return result;
    }

    private bool InMemory => db.Database.IsSqlite();

    /// <summary>The figures of this view, computed from the database now.</summary>
    public Task<DashboardResult> ComputeFreshAsync(DashboardScope scope, CancellationToken cancellationToken) =>
        ComputeAsync(scope, fromFacts: scope?.MunicipalityCode is null, cancellationToken);

    /// <summary>
    /// The same figures with every melding figure counted from the meldingen themselves, as before the facts
    /// existed: the reference the facts are tested against, and the path for a municipality filter.
    /// </summary>
    public Task<DashboardResult> ComputeFromReportsAsync(DashboardScope scope, CancellationToken cancellationToken) =>
        ComputeAsync(scope, fromFacts: false, cancellationToken);

    private async Task<DashboardResult> ComputeAsync(DashboardScope scope, bool fromFacts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var counts = fromFacts ? await CountFactsAsync(scope, cancellationToken) : await CountReportsAsync(scope, cancellationToken);
        // A filter must never single out a person: a selection of 1–4 meldingen shows nothing at all.
        if (counts is null) return new DashboardResult([], TooFew: true);

        var tables = new List<DashboardTable>
        {
            PerMonth(scope, counts.PerMonth),
            await PerAreaAsync(scope, counts.PerArea, cancellationToken),
            PerSector(counts.PerSector),
            Flag("minderjarig", "Mogelijk minderjarig", counts.PossiblyMinor, "Mogelijk minderjarig", "Meerderjarig"),
            Flag("acuut", "Acuut gevaar", counts.AcuteDanger, "Acuut gevaar gemeld", "Geen acuut gevaar gemeld"),
            TriageTime(counts.TriageHours),
        };
        var cases = Cases(scope);
        tables.Add(Flag("casussen", "Casussen geopend in de periode: open en afgesloten",
            await CountByAsync(cases.Select(c => c.Status != CaseStatus.Closed), cancellationToken), "Open", "Afgesloten", rowHeader: "Casussen"));
        tables.Add(await CaseAgeAsync(cases, scope.Now, cancellationToken));
        tables.Add(await ReferralOutcomesAsync(cases, cancellationToken));
        tables.Add(await DisputesAsync(scope, cancellationToken));
        tables.Add(await BaselineProgressAsync(scope, cancellationToken));
        return new DashboardResult(tables, TooFew: false);
    }

    /// <summary>The grouped melding counts every melding table is built from, whichever source counted them.</summary>
    private sealed record MeldingCounts(
        IReadOnlyList<Counted<(DateTimeOffset Month, ExploitationForm Form)>> PerMonth,
        IReadOnlyList<Counted<string?>> PerArea,
        IReadOnlyList<Counted<Sector>> PerSector,
        IReadOnlyList<Counted<bool>> PossiblyMinor,
        IReadOnlyList<Counted<bool>> AcuteDanger,
        IReadOnlyList<Counted<int>> TriageHours);

    private static bool IsTooFew(int total) => total is > 0 and < Threshold;

    /// <summary>Null when the selection is too small to show.</summary>
    private async Task<MeldingCounts?> CountReportsAsync(DashboardScope scope, CancellationToken cancellationToken)
    {
        var reports = Reports(scope);
        if (IsTooFew(await reports.CountAsync(cancellationToken))) return null;
        // Dutch calendar months, as the facts and the periods count them (computed in the database on PostgreSQL).
        var perForm = await AggregateAsync(reports.SelectMany(r => r.Forms, (r, f) => new { Month = DutchMonths.Of(r.SubmittedAt), f.Form }),
            q => q.GroupBy(x => new { x.Month, x.Form }).Select(g => new { g.Key.Month, g.Key.Form, Count = g.Count() }), cancellationToken);
        var hours = reports.Where(r => r.TriagedAt != null).Select(r => new { r.SubmittedAt, TriagedAt = r.TriagedAt!.Value });
        var histogram = await AggregateAsync(hours, q => q.GroupBy(x => Math.Floor((x.TriagedAt - x.SubmittedAt).TotalHours))
            .Select(g => new { Hours = g.Key, Count = g.Count() }), cancellationToken);
        return new MeldingCounts(
            [.. perForm.Select(c => new Counted<(DateTimeOffset, ExploitationForm)>((c.Month, c.Form), c.Count))],
            await CountByAsync(scope.RegionId is null ? reports.Select(r => r.RegionId) : reports.Select(r => r.MunicipalityCode), cancellationToken),
            await CountByAsync(reports.Select(r => r.ReporterSector), cancellationToken),
            await CountByAsync(reports.Select(r => r.VictimPossiblyMinor), cancellationToken),
            await CountByAsync(reports.Select(r => r.AcuteDanger), cancellationToken),
            [.. histogram.Select(h => new Counted<int>((int)h.Hours, h.Count))]);
    }

    /// <summary>
    /// Sums over the stored facts of the period's closed months (computing missing months first) plus the facts
    /// of the current month counted live, so a melding submitted a second ago is in the figures without any job.
    /// </summary>
    private async Task<MeldingCounts?> CountFactsAsync(DashboardScope scope, CancellationToken cancellationToken)
    {
        var facts = new ReportFacts(db);
        var currentMonth = DutchMonths.Of(scope.Now);
        var from = scope.Period.From;
        var to = scope.Period.To;
        var storedTo = to < currentMonth ? to : currentMonth;
        await facts.EnsureAsync([.. scope.Period.Months().Where(m => m < storedTo)], scope.Now, cancellationToken);

        var stored = db.ReportMonthlyFacts.AsNoTracking().Where(f => f.Month >= from && f.Month < storedTo);
        if (scope.RegionId is { } regionId) stored = stored.Where(f => f.RegionId == regionId);
        var live = storedTo < to
            ? await facts.GroupAsync(from > currentMonth ? from : currentMonth, to, scope.RegionId, cancellationToken)
            : [];
        if (scope.Form is { } form)
        {
            var bit = ReportMonthlyFact.Bit(form);
            stored = stored.Where(f => (f.FormMask & bit) != 0);
            live = [.. live.Where(f => (f.FormMask & bit) != 0)];
        }

        async Task<List<Counted<TKey>>> SumAsync<TKey>(ReportFactKind kind, Expression<Func<ReportMonthlyFact, TKey>> key)
        {
            var fromStored = await stored.Where(f => f.Kind == kind).GroupBy(key)
                .Select(g => new Counted<TKey>(g.Key, g.Sum(f => f.Count))).ToListAsync(cancellationToken);
            var fromLive = live.AsQueryable().Where(f => f.Kind == kind).GroupBy(key).Select(g => new Counted<TKey>(g.Key, g.Sum(f => f.Count)));
            return [.. fromStored.Concat(fromLive).GroupBy(c => c.Key).Select(g => new Counted<TKey>(g.Key, g.Sum(c => c.Count)))];
        }

        var perArea = await SumAsync<string?>(ReportFactKind.Area, scope.RegionId is null ? f => f.RegionId : f => f.MunicipalityCode);
        if (IsTooFew(perArea.Sum(c => c.Count))) return null;
        var perMonthAndMask = await stored.Where(f => f.Kind == ReportFactKind.Area).GroupBy(f => new { f.Month, f.FormMask })
            .Select(g => new { g.Key.Month, g.Key.FormMask, Count = g.Sum(f => f.Count) }).ToListAsync(cancellationToken);
        perMonthAndMask.AddRange(live.Where(f => f.Kind == ReportFactKind.Area).Select(f => new { f.Month, f.FormMask, f.Count }));
        // A melding with more forms counts once for each of its forms, as the row-based count does.
        var perMonth = perMonthAndMask
            .SelectMany(c => Enum.GetValues<ExploitationForm>().Where(form => (c.FormMask & ReportMonthlyFact.Bit(form)) != 0),
                (c, form) => (Key: (c.Month, form), c.Count))
            .GroupBy(c => c.Key).Select(g => new Counted<(DateTimeOffset, ExploitationForm)>(g.Key, g.Sum(c => c.Count))).ToList();
        return new MeldingCounts(
            perMonth,
            perArea,
            [.. (await SumAsync(ReportFactKind.Sector, f => f.ReporterSector)).Select(c => new Counted<Sector>(c.Key!.Value, c.Count))],
            [.. (await SumAsync(ReportFactKind.PossiblyMinor, f => f.Flag)).Select(c => new Counted<bool>(c.Key!.Value, c.Count))],
            [.. (await SumAsync(ReportFactKind.AcuteDanger, f => f.Flag)).Select(c => new Counted<bool>(c.Key!.Value, c.Count))],
            [.. (await SumAsync(ReportFactKind.TriageHours, f => f.TriageHours)).Select(c => new Counted<int>(c.Key!.Value, c.Count))]);
    }

    public IQueryable<Report> Reports(DashboardScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var from = scope.Period.From;
        var to = scope.Period.To;
        var reports = db.Reports.AsNoTracking().InScope(scope.RegionId).Where(r => r.SubmittedAt >= from && r.SubmittedAt < to);
        if (scope.MunicipalityCode is { } municipality) reports = reports.Where(r => r.MunicipalityCode == municipality);
        if (scope.Form is { } form) reports = reports.Where(r => r.Forms.Any(f => f.Form == form));
        return reports;
    }

    /// <summary>Casussen opened in the period; a municipality filter means the responsible (paying) municipality.</summary>
    private IQueryable<Case> Cases(DashboardScope scope)
    {
        var from = scope.Period.From;
        var to = scope.Period.To;
        var cases = db.Cases.AsNoTracking().InScope(scope.RegionId).Where(c => c.OpenedAt >= from && c.OpenedAt < to);
        if (scope.MunicipalityCode is { } municipality) cases = cases.Where(c => c.ResponsibleMunicipalityCode == municipality);
        if (scope.Form is { } form) cases = cases.Where(c => c.Forms.Any(f => f.Form == form));
        return cases;
    }

    /// <summary>Groups in the database; on SQLite the same aggregate runs over the narrow rows in memory.</summary>
    private async Task<List<TResult>> AggregateAsync<TFact, TResult>(IQueryable<TFact> facts,
        Func<IQueryable<TFact>, IQueryable<TResult>> aggregate, CancellationToken cancellationToken)
    {
        if (!InMemory) return await aggregate(facts).ToListAsync(cancellationToken);
        var rows = await facts.ToListAsync(cancellationToken);
        return [.. aggregate(rows.AsQueryable())];
    }

    private sealed record Counted<TKey>(TKey Key, int Count);

    private Task<List<Counted<TKey>>> CountByAsync<TKey>(IQueryable<TKey> keys, CancellationToken cancellationToken) =>
        AggregateAsync(keys, q => q.GroupBy(k => k).Select(g => new Counted<TKey>(g.Key, g.Count())), cancellationToken);

    private static DashboardTable PerMonth(DashboardScope scope, IReadOnlyList<Counted<(DateTimeOffset Month, ExploitationForm Form)>> counts)
    {
        var months = scope.Period.Months().ToList();
        var forms = scope.Form is { } only ? Labels.Forms.Where(f => f.Value == only).ToList() : [.. Labels.Forms];
        var cells = new int[months.Count, forms.Count];
        foreach (var c in counts)
        {
            var row = months.IndexOf(c.Key.Month);
            var column = forms.FindIndex(f => f.Value == c.Key.Form);
            if (row >= 0 && column >= 0) cells[row, column] += c.Count;
        }
        var table = new FrequencyTable(months.Select(MonthLabel), forms.Select(f => f.Label), cells);
        return DashboardTable.FromCounts("per-maand", "Meldingen per maand en vorm van uitbuiting", "Maand", Suppression.Apply(table, Threshold),
            chart: "line", note: "Een melding met meer vormen telt bij elke vorm mee; de totalen tellen vermeldingen.");
    }

    public static string MonthLabel(DateTimeOffset month) => DutchMonths.Label(month);

    /// <summary>Per region nationally, per municipality within a region; <paramref name="counts"/> is keyed accordingly.</summary>
    private async Task<DashboardTable> PerAreaAsync(DashboardScope scope, IReadOnlyList<Counted<string?>> counts, CancellationToken cancellationToken)
    {
        if (scope.RegionId is null)
        {
            var perRegion = counts;
            var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
            var rows = regions.Select(r => new KeyValuePair<string, int>(r.Name, perRegion.Where(c => c.Key == r.Id).Sum(c => c.Count)))
                .Append(new("Landelijke wachtrij (geen regio)", perRegion.Where(c => c.Key == null).Sum(c => c.Count)));
            return DashboardTable.FromCounts("per-regio", "Meldingen per regio", "Regio",
                Suppression.Apply(FrequencyTable.SingleColumn("Meldingen", rows), Threshold), chart: "bar");
        }
        var regionId = scope.RegionId;
        var perMunicipality = counts;
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => m.RegionId == regionId).OrderBy(m => m.Name)
            .Select(m => new { m.Code, m.Name }).ToListAsync(cancellationToken);
        if (scope.MunicipalityCode is { } chosen) municipalities = [.. municipalities.Where(m => m.Code == chosen)];
        var counted = municipalities.Select(m => new KeyValuePair<string, int>(m.Name, perMunicipality.Where(c => c.Key == m.Code).Sum(c => c.Count))).ToList();
        var elsewhere = perMunicipality.Where(c => municipalities.All(m => m.Code != c.Key)).Sum(c => c.Count);
        if (elsewhere > 0) counted.Add(new("Andere of onbekende gemeente", elsewhere));
        return DashboardTable.FromCounts("per-gemeente", "Meldingen per gemeente", "Gemeente",
            Suppression.Apply(FrequencyTable.SingleColumn("Meldingen", counted), Threshold), chart: "bar");
    }

    private static DashboardTable PerSector(IReadOnlyList<Counted<Sector>> counts)
    {
        var rows = Labels.Sectors.Select(s => new KeyValuePair<string, int>(s.Label, counts.Where(c => c.Key == s.Value).Sum(c => c.Count)));
        return DashboardTable.FromCounts("per-sector", "Meldingen per sector van de melder", "Sector",
            Suppression.Apply(FrequencyTable.SingleColumn("Meldingen", rows), Threshold), share: true, chart: "bar");
    }

    /// <summary>A yes/no split with its share, such as possibly minor or open/closed.</summary>
    private static DashboardTable Flag(string id, string title, IReadOnlyList<Counted<bool>> counts, string yes, string no,
        string rowHeader = "Meldingen")
    {
        var rows = new[]
        {
            new KeyValuePair<string, int>(yes, counts.Where(c => c.Key).Sum(c => c.Count)),
            new KeyValuePair<string, int>(no, counts.Where(c => !c.Key).Sum(c => c.Count)),
        };
        return DashboardTable.FromCounts(id, title, rowHeader, Suppression.Apply(FrequencyTable.SingleColumn("Aantal", rows), Threshold), share: true);
    }

    /// <summary>
    /// Median and 90th percentile of the time from submission to first triage, in whole hours (rounded down). The
    /// database returns a histogram per hour; the percentiles are read from it (nearest rank), so no row leaves
    /// the database. Shown only when at least <see cref="Threshold"/> meldingen were triaged.
    /// </summary>
    private static DashboardTable TriageTime(IReadOnlyList<Counted<int>> histogram)
    {
        var sorted = histogram.OrderBy(h => h.Key).Select(h => (h.Key, h.Count)).ToList();
        var n = sorted.Sum(h => h.Count);
        var count = Suppression.Apply(FrequencyTable.SingleColumn("Aantal", [new("Beoordeelde meldingen", n)]), Threshold).GrandTotal;
        string Percentile(double p) => count.Value is { } visible && visible >= Threshold
            ? NearestRank(sorted, p).ToString(CultureInfo.InvariantCulture) : "–";
        return new DashboardTable("triagetijd", "Tijd tot eerste beoordeling (uren)", ["Maat", "Waarde"],
            [["Beoordeelde meldingen", count.ToString()], ["Mediaan (uren)", Percentile(0.5)], ["90e percentiel (uren)", Percentile(0.9)]],
            null, Note: $"Mediaan en percentiel alleen bij ten minste {Threshold} beoordeelde meldingen.");
    }

    /// <summary>The smallest value with at least ⌈p·n⌉ observations at or below it.</summary>
    public static int NearestRank(IReadOnlyList<(int Value, int Count)> histogram, double p)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var n = histogram.Sum(h => h.Count);
        var rank = Math.Max(1, (int)Math.Ceiling(p * n));
        var seen = 0;
        foreach (var (value, count) in histogram)
        {
            seen += count;
            if (seen >= rank) return value;
        }
        return histogram[^1].Value;
    }

    public static IReadOnlyList<(string Label, int MaxDays)> AgeBands { get; } =
        [("0–30 dagen", 30), ("31–90 dagen", 90), ("91–180 dagen", 180), ("181–365 dagen", 365), ("Meer dan een jaar", int.MaxValue)];

    private async Task<DashboardTable> CaseAgeAsync(IQueryable<Case> cases, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var d30 = now.AddDays(-30);
        var d90 = now.AddDays(-90);
        var d180 = now.AddDays(-180);
        var d365 = now.AddDays(-365);
        var bands = cases.Where(c => c.Status != CaseStatus.Closed)
            .Select(c => c.OpenedAt >= d30 ? 0 : c.OpenedAt >= d90 ? 1 : c.OpenedAt >= d180 ? 2 : c.OpenedAt >= d365 ? 3 : 4);
        var counts = await CountByAsync(bands, cancellationToken);
        var rows = AgeBands.Select((band, i) => new KeyValuePair<string, int>(band.Label, counts.Where(c => c.Key == i).Sum(c => c.Count)));
        return DashboardTable.FromCounts("casusleeftijd", "Open casussen naar leeftijd", "Leeftijd van de casus",
            Suppression.Apply(FrequencyTable.SingleColumn("Open casussen", rows), Threshold), chart: "bar");
    }

    private async Task<DashboardTable> ReferralOutcomesAsync(IQueryable<Case> cases, CancellationToken cancellationToken)
    {
        var referrals = db.Referrals.AsNoTracking().Where(r => cases.Any(c => c.Id == r.CaseId)).Select(r => new { r.Kind, r.Status });
        var counts = await AggregateAsync(referrals, q => q.GroupBy(r => new { r.Kind, r.Status })
            .Select(g => new { g.Key.Kind, g.Key.Status, Count = g.Count() }), cancellationToken);
        var kinds = Enum.GetValues<ReferralKind>();
        var statuses = Enum.GetValues<ReferralStatus>();
        var cells = new int[kinds.Length, statuses.Length];
        foreach (var c in counts) cells[Array.IndexOf(kinds, c.Kind), Array.IndexOf(statuses, c.Status)] = c.Count;
        var table = new FrequencyTable(kinds.Select(Referral.DutchName), statuses.Select(ReferralLabels.Of), cells);
        return DashboardTable.FromCounts("verwijzingen", "Verwijzingen naar soort partner en uitkomst", "Partner",
            Suppression.Apply(table, Threshold), chart: "stacked");
    }

    private async Task<DashboardTable> DisputesAsync(DashboardScope scope, CancellationToken cancellationToken)
    {
        // Running now, whatever the period: an open dispute is a task, not history.
        var cases = db.Cases.AsNoTracking().InScope(scope.RegionId);
        if (scope.MunicipalityCode is { } municipality) cases = cases.Where(c => c.ResponsibleMunicipalityCode == municipality
            || c.Disputes.Any(d => d.MunicipalityCodes.Contains(municipality)));
        if (scope.Form is { } form) cases = cases.Where(c => c.Forms.Any(f => f.Form == form));
        var open = await cases.SelectMany(c => c.Disputes).CountAsync(d => d.ResolvedAt == null, cancellationToken);
        return DashboardTable.FromCounts("geschillen", "Lopende financieringsgeschillen", "Geschillen",
            Suppression.Apply(FrequencyTable.SingleColumn("Aantal", [new("Lopend", open)]), Threshold));
    }

    /// <summary>Counts municipalities, not people, so it is not suppressed: the regional overview names them anyway.</summary>
    private async Task<DashboardTable> BaselineProgressAsync(DashboardScope scope, CancellationToken cancellationToken)
    {
        var rows = await PolicyBaselineOverview.LatestAsync(db, scope.RegionId, cancellationToken);
        var filled = rows.Where(r => r.Latest is not null).Select(r => r.Latest!).ToList();
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        var lines = BaselineLabels.Elements.Select(e => (IReadOnlyList<string>)
            [e.Label, N(filled.Count(v => e.Value(v) != "nee")), N(filled.Count(v => e.Value(v) == "nee")), N(rows.Count - filled.Count)]).ToList();
        lines.Add(["Alle zes op orde", N(filled.Count(v => v.IsComplete)), N(filled.Count(v => !v.IsComplete)), N(rows.Count - filled.Count)]);
        return new DashboardTable("basisniveau", "Bestuurlijk basisniveau van de gemeenten", ["Onderdeel", "Ja", "Nee", "Niet ingevuld"], lines, null,
            Chart: "stacked", Note: $"Telt gemeenten ({N(rows.Count)}), geen personen; daarom niet afgeschermd.");
    }
}
