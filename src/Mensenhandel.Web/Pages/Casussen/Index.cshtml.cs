using Mensenhandel.Data;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Casussen;

/// <summary>
/// The casussen of the coordinator's region: open ones by default, with counts per status, filters, search by
/// reference and paging. Funding disputes show until resolved and stand out once escalated; so does a
/// bedenktijd that has ended while the casus is still open.
/// </summary>
[Authorize(Policy = Policies.CareCoordination)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, FundingDisputePolicy disputes, CachedCounts counts) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Reference, CaseStatus Status, DateTimeOffset OpenedAt, bool Mine, string? ResponsibleMunicipality,
        bool Dispute, bool DisputeEscalated, DateOnly? ReflectionPeriodEnd);

    public static IReadOnlyList<(string Value, string Label)> SortOrders { get; } = [("nieuwste", "Nieuwste eerst"), ("oudste", "Oudste eerst")];

    [BindProperty(SupportsGet = true, Name = "status")] public CaseStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "vorm")] public ExploitationForm? Form { get; set; }
    [BindProperty(SupportsGet = true, Name = "gemeente")] public string? MunicipalityCode { get; set; }
    [BindProperty(SupportsGet = true, Name = "mijn")] public bool OnlyMine { get; set; }
    [BindProperty(SupportsGet = true, Name = "geschil")] public bool OnlyDisputed { get; set; }
    [BindProperty(SupportsGet = true, Name = "zoek")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "sortering")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "pagina")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyDictionary<CaseStatus, int> Counts { get; private set; } = new Dictionary<CaseStatus, int>();
    public IReadOnlyList<SelectListItem> Municipalities { get; private set; } = [];
    public int Total { get; private set; }
    public int OpenDisputes { get; private set; }
    public int PageCount => Pagination.PagesFor(Total, PageSize);
    public string? SearchError { get; private set; }
    public DateOnly Today { get; private set; }
    public string SortOrder => SortOrders.Any(s => s.Value == Sort) ? Sort! : "nieuwste";

    public string PageUrl(int page) => Url.Page("Index", new
    {
        status = Status?.ToString(), vorm = Form?.ToString(), gemeente = MunicipalityCode, mijn = OnlyMine ? "true" : null,
        geschil = OnlyDisputed ? "true" : null, zoek = Search, sortering = Sort, pagina = page,
    }) ?? "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            (Status, Form, PageNumber) = (null, null, 1);
            ModelState.Clear();
        }
        var me = PortalUser.From(User)!;
        var now = clock.GetUtcNow();
        Today = DateOnly.FromDateTime(now.UtcDateTime);
        var visible = db.Cases.AsNoTracking().VisibleTo(me, CaseOperations.Read);
        // Closed casussen are the region's whole history: counted at most every few seconds. Open ones exactly.
        var closed = await counts.GetAsync($"casussen:{me.Role}:{me.RegionId}", () => visible.CountAsync(c => c.Status == CaseStatus.Closed, cancellationToken), cancellationToken);
        Counts = new Dictionary<CaseStatus, int>(await visible.Where(c => c.Status != CaseStatus.Closed).GroupBy(c => c.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken)) { [CaseStatus.Closed] = closed };
        OpenDisputes = await visible.CountAsync(c => c.Disputes.Any(d => d.ResolvedAt == null), cancellationToken);
        Municipalities = await db.Municipalities.AsNoTracking()
            .Where(m => me.RegionId != null && m.RegionId == me.RegionId)
            .OrderBy(m => m.Name).Select(m => new SelectListItem(m.Name, m.Code)).ToListAsync(cancellationToken);
        // Only a municipality of the list filters; anything else in the URL is ignored, never sent to the database.
        if (!Municipalities.Any(m => m.Value == MunicipalityCode)) MunicipalityCode = null;

        var filtered = Filter(visible, me.UserId);
        Total = await filtered.CountAsync(cancellationToken);
        (PageNumber, var offset) = Pagination.Clamp(PageNumber, Total, PageSize);
        var ordered = SortOrder == "oudste"
            ? filtered.OrderBy(c => c.OpenedAt).ThenBy(c => c.Reference)
            : filtered.OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Reference);
        var escalatedBy = disputes.EscalatesIfOpenedBy(now);
        var userId = me.UserId;
        Rows = await ordered.Skip(offset).Take(PageSize)
            .Select(c => new Row(c.Id, c.Reference, c.Status, c.OpenedAt, c.AssignedTo == userId,
                db.Municipalities.Where(m => m.Code == c.ResponsibleMunicipalityCode).Select(m => m.Name).FirstOrDefault(),
                c.Disputes.Any(d => d.ResolvedAt == null), c.Disputes.Any(d => d.ResolvedAt == null && d.OpenedAt <= escalatedBy),
                c.ReflectionPeriodEnd))
            .ToListAsync(cancellationToken);
    }

    private IQueryable<Case> Filter(IQueryable<Case> cases, string userId)
    {
        if (!string.IsNullOrWhiteSpace(Search))
        {
            if (CaseReference.Normalise(Search) is { } reference) cases = cases.Where(c => c.Reference == reference);
            else SearchError = "Zoek op een kenmerk zoals CS-2026-000123.";
        }
        // Without a status filter the queue shows the work: every casus that is not closed.
        cases = Status is { } status ? cases.Where(c => c.Status == status) : cases.Where(c => c.Status != CaseStatus.Closed);
        if (Form is { } form) cases = cases.Where(c => c.Forms.Any(f => f.Form == form));
        if (!string.IsNullOrEmpty(MunicipalityCode)) cases = cases.Where(c => c.ResponsibleMunicipalityCode == MunicipalityCode);
        if (OnlyMine) cases = cases.Where(c => c.AssignedTo == userId);
        if (OnlyDisputed) cases = cases.Where(c => c.Disputes.Any(d => d.ResolvedAt == null));
        return cases;
    }
}
