using Mensenhandel.Data;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Meldingen;

/// <summary>
/// The triage queue: the meldingen of the coordinator's region (the national queue for Landelijk). By default
/// everything awaiting triage comes first, most urgent deadline first, then the rest newest first. Each half
/// is read in the order of its own index, so a deep page costs no sort of the whole region.
/// </summary>
[Authorize(Policy = Policies.CareCoordination)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, CachedCounts counts, Melden.ReportFormChoicesCache choices) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Reference, DateTimeOffset SubmittedAt, string? MunicipalityCode, bool Acute, bool PossiblyMinor,
        ReportStatus Status, DateTimeOffset DueAt, bool Overdue);

    public static IReadOnlyList<(string Value, string Label)> SortOrders { get; } =
        [("urgentie", "Eerst te beoordelen, op termijn"), ("nieuwste", "Nieuwste eerst"), ("oudste", "Oudste eerst")];

    [BindProperty(SupportsGet = true, Name = "status")] public ReportStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "vorm")] public ExploitationForm? Form { get; set; }
    [BindProperty(SupportsGet = true, Name = "gemeente")] public string? MunicipalityCode { get; set; }
    [BindProperty(SupportsGet = true, Name = "acuut")] public bool OnlyAcute { get; set; }
    [BindProperty(SupportsGet = true, Name = "minderjarig")] public bool OnlyPossiblyMinor { get; set; }
    [BindProperty(SupportsGet = true, Name = "telaat")] public bool OnlyOverdue { get; set; }
    [BindProperty(SupportsGet = true, Name = "mijn")] public bool OnlyMine { get; set; }
    [BindProperty(SupportsGet = true, Name = "zoek")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "sortering")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "pagina")] public int PageNumber { get; set; } = 1;

    public int OverdueCount { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyDictionary<ReportStatus, int> Counts { get; private set; } = new Dictionary<ReportStatus, int>();
    public IReadOnlyList<SelectListItem> Municipalities { get; private set; } = [];

    /// <summary>
    /// Names of municipalities, from the cached reference list: the rows carry only the code, so a far page
    /// does not look up a name for every melding it skips.
    /// </summary>
    public Melden.ReportFormChoices Choices { get; private set; } = new();
    public int Total { get; private set; }
    public int PageCount => Pagination.PagesFor(Total, PageSize);

    /// <summary>Set when what was typed in the search box is not a reference; the list is then not filtered by it.</summary>
    public string? SearchError { get; private set; }

    public string SortOrder => SortOrders.Any(s => s.Value == Sort) ? Sort! : "urgentie";

    public string PageUrl(int page) => Url.Page("Index", new
    {
        status = Status?.ToString(), vorm = Form?.ToString(), gemeente = MunicipalityCode,
        acuut = OnlyAcute ? "true" : null, minderjarig = OnlyPossiblyMinor ? "true" : null, telaat = OnlyOverdue ? "true" : null,
        mijn = OnlyMine ? "true" : null, zoek = Search, sortering = Sort, pagina = page,
    }) ?? "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // A hand-edited URL (vorm=onzin): show the whole queue rather than an error page.
            (Status, Form, PageNumber) = (null, null, 1);
            ModelState.Clear();
        }
        var me = PortalUser.From(User)!;
        var now = clock.GetUtcNow();
        var visible = db.Reports.AsNoTracking().VisibleTo(me, ReportOperations.Read);
        var scope = $"meldingen:{me.Role}:{me.RegionId}";
        var history = await counts.GetAsync(scope, () => visible.Where(r => r.Status != ReportStatus.Received)
            .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken));
        // What waits now, and how much of it is overdue: one pass over a small index range, never cached.
        var waiting = await visible.Where(r => r.Status == ReportStatus.Received).GroupBy(r => 1)
            .Select(g => new { All = g.Count(), Overdue = g.Count(r => r.TriageDueAt < now) }).SingleOrDefaultAsync(cancellationToken);
        Counts = new Dictionary<ReportStatus, int>(history) { [ReportStatus.Received] = waiting?.All ?? 0 };
        OverdueCount = waiting?.Overdue ?? 0;
        Choices = await choices.GetAsync(db, clock, cancellationToken);
        Municipalities = me.RegionId is null ? [] :
            [.. Choices.Municipalities.Where(m => m.RegionId == me.RegionId).Select(m => new SelectListItem(m.Name, m.Code))];
        // Only a municipality of the list filters; anything else in the URL is ignored, never sent to the database.
        if (!Municipalities.Any(m => m.Value == MunicipalityCode)) MunicipalityCode = null;

        var filtered = Filter(visible, me, now);
        var awaiting = filtered.Where(r => r.Status == ReportStatus.Received);
        var rest = filtered.Where(r => r.Status != ReportStatus.Received);

        if (SortOrder == "urgentie")
        {
            var awaitingCount = Status is not (null or ReportStatus.Received) ? 0
                : NarrowsWaiting ? await awaiting.CountAsync(cancellationToken)
                : Counts[ReportStatus.Received];
            var restCount = Status is ReportStatus.Received || OnlyOverdue ? 0
                : Search is not null || OnlyMine ? await rest.CountAsync(cancellationToken)
                : await counts.GetAsync($"{scope}:{Status}:{Form}:{MunicipalityCode}:{OnlyAcute}:{OnlyPossiblyMinor}", () => rest.CountAsync(cancellationToken));
            Total = awaitingCount + restCount;
            var offset = ClampPage();
            var rows = offset < awaitingCount
                ? await SliceAsync(awaiting, ByDeadline, descending: false, offset, PageSize, awaitingCount, now, cancellationToken)
                : [];
            if (rows.Count < PageSize && restCount > 0)
                rows.AddRange(await SliceAsync(rest, BySubmission, descending: true, Math.Max(0, offset - awaitingCount), PageSize - rows.Count, restCount, now, cancellationToken));
            Rows = rows;
        }
        else
        {
            Total = Search is not null || OnlyMine || OnlyOverdue || Status is ReportStatus.Received ? await filtered.CountAsync(cancellationToken)
                : await counts.GetAsync($"{scope}:all:{Status}:{Form}:{MunicipalityCode}:{OnlyAcute}:{OnlyPossiblyMinor}", () => filtered.CountAsync(cancellationToken));
            var offset = ClampPage();
            Rows = await SliceAsync(filtered, BySubmission, descending: SortOrder != "oudste", offset, PageSize, Total, now, cancellationToken);
        }
    }

    /// <summary>
    /// Rows [offset, offset + take) of <paramref name="reports"/> in the given order. A page in the second half is
    /// read from the other end of the index and turned around, so the last page ("Laatste") costs what the first does.
    /// </summary>
    private static async Task<List<Row>> SliceAsync(IQueryable<Domain.Reports.Report> reports,
        Func<IQueryable<Domain.Reports.Report>, bool, IOrderedQueryable<Domain.Reports.Report>> order, bool descending,
        int offset, int take, int count, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fromEnd = offset > count / 2;
        var ordered = order(reports, descending != fromEnd);
        var (skip, size) = fromEnd ? (Math.Max(0, count - offset - take), Math.Min(take, count - offset)) : (offset, take);
        if (size <= 0) return [];
        // First the page's ids, from a covering index alone (the rows it skips are never read from the table),
        // then those rows.
        var ids = await ordered.Skip(skip).Take(size).Select(r => r.Id).ToListAsync(cancellationToken);
        var rows = (await Project(reports.Where(r => ids.Contains(r.Id)), now).ToListAsync(cancellationToken)).ToDictionary(r => r.Id);
        var page = ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
        if (fromEnd) page.Reverse();
        return page;
    }

    /// <summary>Order of the region's index on (RegionId, SubmittedAt, Reference).</summary>
    private static IOrderedQueryable<Domain.Reports.Report> BySubmission(IQueryable<Domain.Reports.Report> reports, bool descending) => descending
        ? reports.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Reference)
        : reports.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Reference);

    /// <summary>Order of the waiting meldingen's index on (RegionId, Status, TriageDueAt, Reference): most urgent first.</summary>
    private static IOrderedQueryable<Domain.Reports.Report> ByDeadline(IQueryable<Domain.Reports.Report> reports, bool descending) => descending
        ? reports.OrderByDescending(r => r.TriageDueAt).ThenByDescending(r => r.Reference)
        : reports.OrderBy(r => r.TriageDueAt).ThenBy(r => r.Reference);

    private IQueryable<Domain.Reports.Report> Filter(IQueryable<Domain.Reports.Report> reports, PortalUser me, DateTimeOffset now)
    {
        if (!string.IsNullOrWhiteSpace(Search))
        {
            if (ReportReference.Normalise(Search) is { } reference) reports = reports.Where(r => r.Reference == reference);
            else SearchError = "Zoek op een kenmerk zoals MH-2026-000123.";
        }
        if (Status is { } status) reports = reports.Where(r => r.Status == status);
        if (Form is { } form) reports = reports.Where(r => r.Forms.Any(f => f.Form == form));
        if (!string.IsNullOrEmpty(MunicipalityCode)) reports = reports.Where(r => r.MunicipalityCode == MunicipalityCode);
        if (OnlyAcute) reports = reports.Where(r => r.AcuteDanger);
        if (OnlyPossiblyMinor) reports = reports.Where(r => r.VictimPossiblyMinor);
        if (OnlyOverdue) reports = reports.Where(r => r.Status == ReportStatus.Received && r.TriageDueAt < now);
        if (OnlyMine)
        {
            // Mine: the meldingen I triaged, and those of casussen assigned to me.
            var userId = me.UserId;
            reports = reports.Where(r => r.TriagedBy == userId || db.Cases.Any(c => c.Id == r.CaseId && c.AssignedTo == userId));
        }
        return reports;
    }

    /// <summary>A filter that leaves out some of the meldingen waiting for triage (the status filter aside).</summary>
    private bool NarrowsWaiting => Search is not null || Form is not null || !string.IsNullOrEmpty(MunicipalityCode)
        || OnlyAcute || OnlyPossiblyMinor || OnlyOverdue || OnlyMine;

    private int ClampPage()
    {
        (PageNumber, var offset) = Pagination.Clamp(PageNumber, Total, PageSize);
        return offset;
    }

    private static IQueryable<Row> Project(IQueryable<Domain.Reports.Report> page, DateTimeOffset now) =>
        page.Select(r => new Row(r.Id, r.Reference, r.SubmittedAt,
            r.MunicipalityCode,
            r.AcuteDanger, r.VictimPossiblyMinor, r.Status, r.TriageDueAt, r.Status == ReportStatus.Received && r.TriageDueAt < now));
}
