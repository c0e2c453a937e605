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
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

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
/// <see cref="Suppression.Apply"/>. On SQLite (development only) the grouping of the same narrow columns runs
/// in memory, because SQLite cannot take a month or an interval of a DateTimeOffset stored as a number.
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
    public async Task<DashboardResult> ComputeFreshAsync(DashboardScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var reports = Reports(scope);
        var total = await reports.CountAsync(cancellationToken);
        // A filter must never single out a person: a selection of 1–4 meldingen shows nothing at all.
        if (total is > 0 and < Threshold) return new DashboardResult([], TooFew: true);

        var tables = new List<DashboardTable>
        {
            await PerMonthAsync(scope, reports, cancellationToken),
            await PerAreaAsync(scope, reports, cancellationToken),
            await PerSectorAsync(reports, cancellationToken),
            await FlagAsync("minderjarig", "Mogelijk minderjarig", reports.Select(r => r.VictimPossiblyMinor), "Mogelijk minderjarig", "Meerderjarig", cancellationToken),
            await FlagAsync("acuut", "Acuut gevaar", reports.Select(r => r.AcuteDanger), "Acuut gevaar gemeld", "Geen acuut gevaar gemeld", cancellationToken),
            await TriageTimeAsync(reports, cancellationToken),
        };
        var cases = Cases(scope);
        tables.Add(await FlagAsync("casussen", "Casussen geopend in de periode: open en afgesloten", cases.Select(c => c.Status != CaseStatus.Closed),
            "Open", "Afgesloten", cancellationToken, rowHeader: "Casussen"));
        tables.Add(await CaseAgeAsync(cases, scope.Now, cancellationToken));
        tables.Add(await ReferralOutcomesAsync(cases, cancellationToken));
        tables.Add(await DisputesAsync(scope, cancellationToken));
        tables.Add(await BaselineProgressAsync(scope, cancellationToken));
        return new DashboardResult(tables, TooFew: false);
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

    private async Task<DashboardTable> PerMonthAsync(DashboardScope scope, IQueryable<Report> reports, CancellationToken cancellationToken)
    {
        var facts = reports.SelectMany(r => r.Forms, (r, f) => new { r.SubmittedAt, f.Form });
        var counts = await AggregateAsync(facts, q => q.GroupBy(x => new { x.SubmittedAt.Year, x.SubmittedAt.Month, x.Form })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Form, Count = g.Count() }), cancellationToken);
        var months = scope.Period.Months();
        var forms = scope.Form is { } only ? Labels.Forms.Where(f => f.Value == only).ToList() : [.. Labels.Forms];
        var cells = new int[months.Count, forms.Count];
        foreach (var c in counts)
        {
            var row = months.ToList().FindIndex(m => m.Year == c.Year && m.Month == c.Month);
            var column = forms.FindIndex(f => f.Value == c.Form);
            if (row >= 0 && column >= 0) cells[row, column] = c.Count;
        }
        var table = new FrequencyTable(months.Select(MonthLabel), forms.Select(f => f.Label), cells);
        return DashboardTable.FromCounts("per-maand", "Meldingen per maand en vorm van uitbuiting", "Maand", Suppression.Apply(table, Threshold),
            chart: "line", note: "Een melding met meer vormen telt bij elke vorm mee; de totalen tellen vermeldingen.");
    }

    public static string MonthLabel(DateTimeOffset month) =>
        month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private async Task<DashboardTable> PerAreaAsync(DashboardScope scope, IQueryable<Report> reports, CancellationToken cancellationToken)
    {
        if (scope.RegionId is null)
        {
            var perRegion = await CountByAsync(reports.Select(r => r.RegionId), cancellationToken);
            var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
            var rows = regions.Select(r => new KeyValuePair<string, int>(r.Name, perRegion.Where(c => c.Key == r.Id).Sum(c => c.Count)))
                .Append(new("Landelijke wachtrij (geen regio)", perRegion.Where(c => c.Key == null).Sum(c => c.Count)));
            return DashboardTable.FromCounts("per-regio", "Meldingen per regio", "Regio",
                Suppression.Apply(FrequencyTable.SingleColumn("Meldingen", rows), Threshold), chart: "bar");
        }
        var regionId = scope.RegionId;
        var perMunicipality = await CountByAsync(reports.Select(r => r.MunicipalityCode), cancellationToken);
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => m.RegionId == regionId).OrderBy(m => m.Name)
            .Select(m => new { m.Code, m.Name }).ToListAsync(cancellationToken);
        if (scope.MunicipalityCode is { } chosen) municipalities = [.. municipalities.Where(m => m.Code == chosen)];
        var counted = municipalities.Select(m => new KeyValuePair<string, int>(m.Name, perMunicipality.Where(c => c.Key == m.Code).Sum(c => c.Count))).ToList();
        var elsewhere = perMunicipality.Where(c => municipalities.All(m => m.Code != c.Key)).Sum(c => c.Count);
        if (elsewhere > 0) counted.Add(new("Andere of onbekende gemeente", elsewhere));
        return DashboardTable.FromCounts("per-gemeente", "Meldingen per gemeente", "Gemeente",
            Suppression.Apply(FrequencyTable.SingleColumn("Meldingen", counted), Threshold), chart: "bar");
    }

    private async Task<DashboardTable> PerSectorAsync(IQueryable<Report> reports, CancellationToken cancellationToken)
    {
        var counts = await CountByAsync(reports.Select(r => r.ReporterSector), cancellationToken);
        var rows = Labels.Sectors.Select(s => new KeyValuePair<string, int>(s.Label, counts.Where(c => c.Key == s.Value).Sum(c => c.Count)));
        return DashboardTable.FromCounts("per-sector", "Meldingen per sector van de melder", "Sector",
            Suppression.Apply(FrequencyTable.SingleColumn("Meldingen", rows), Threshold), share: true, chart: "bar");
    }

    /// <summary>A yes/no split with its share, such as possibly minor or open/closed.</summary>
    private async Task<DashboardTable> FlagAsync(string id, string title, IQueryable<bool> flags, string yes, string no,
        CancellationToken cancellationToken, string rowHeader = "Meldingen")
    {
        var counts = await CountByAsync(flags, cancellationToken);
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
    private async Task<DashboardTable> TriageTimeAsync(IQueryable<Report> reports, CancellationToken cancellationToken)
    {
        var hours = reports.Where(r => r.TriagedAt != null).Select(r => new { r.SubmittedAt, TriagedAt = r.TriagedAt!.Value });
        var histogram = await AggregateAsync(hours, q => q.GroupBy(x => Math.Floor((x.TriagedAt - x.SubmittedAt).TotalHours))
            .Select(g => new { Hours = g.Key, Count = g.Count() }), cancellationToken);
        var sorted = histogram.OrderBy(h => h.Hours).Select(h => ((int)h.Hours, h.Count)).ToList();
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
