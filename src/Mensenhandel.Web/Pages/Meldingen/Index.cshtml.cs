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
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Reference, DateTimeOffset SubmittedAt, string? Municipality, bool Acute, bool PossiblyMinor,
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
        Counts = await visible.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        OverdueCount = await visible.CountAsync(r => r.Status == ReportStatus.Received && r.TriageDueAt < now, cancellationToken);
        Municipalities = await db.Municipalities.AsNoTracking()
            .Where(m => me.RegionId != null && m.RegionId == me.RegionId)
            .OrderBy(m => m.Name).Select(m => new SelectListItem(m.Name, m.Code)).ToListAsync(cancellationToken);
        // Only a municipality of the list filters; anything else in the URL is ignored, never sent to the database.
        if (!Municipalities.Any(m => m.Value == MunicipalityCode)) MunicipalityCode = null;

        var filtered = Filter(visible, me, now);
        var awaiting = filtered.Where(r => r.Status == ReportStatus.Received).OrderBy(r => r.TriageDueAt).ThenBy(r => r.Reference);
        var rest = filtered.Where(r => r.Status != ReportStatus.Received).OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Reference);

        if (SortOrder == "urgentie")
        {
            var awaitingCount = Status is null or ReportStatus.Received ? await awaiting.CountAsync(cancellationToken) : 0;
            var restCount = Status is not ReportStatus.Received ? await rest.CountAsync(cancellationToken) : 0;
            Total = awaitingCount + restCount;
            var offset = ClampPage();
            var rows = offset < awaitingCount ? await Project(awaiting.Skip(offset).Take(PageSize), now).ToListAsync(cancellationToken) : [];
            if (rows.Count < PageSize && restCount > 0)
                rows.AddRange(await Project(rest.Skip(Math.Max(0, offset - awaitingCount)).Take(PageSize - rows.Count), now).ToListAsync(cancellationToken));
            Rows = rows;
        }
        else
        {
            Total = await filtered.CountAsync(cancellationToken);
            var offset = ClampPage();
            var ordered = SortOrder == "oudste"
                ? filtered.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Reference)
                : filtered.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Reference);
            Rows = await Project(ordered.Skip(offset).Take(PageSize), now).ToListAsync(cancellationToken);
        }
    }

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

    private int ClampPage()
    {
        (PageNumber, var offset) = Pagination.Clamp(PageNumber, Total, PageSize);
        return offset;
    }

    private IQueryable<Row> Project(IQueryable<Domain.Reports.Report> page, DateTimeOffset now) =>
        page.Select(r => new Row(r.Id, r.Reference, r.SubmittedAt,
            db.Municipalities.Where(m => m.Code == r.MunicipalityCode).Select(m => m.Name).FirstOrDefault(),
            r.AcuteDanger, r.VictimPossiblyMinor, r.Status, r.TriageDueAt, r.Status == ReportStatus.Received && r.TriageDueAt < now));
}
