using Mensenhandel.Data;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Meldingen;

/// <summary>The meldingen of the coordinator's region (the national queue for Landelijk), newest first.</summary>
[Authorize(Policy = Policies.CareCoordination)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Reference, DateTimeOffset SubmittedAt, string? Municipality, bool Acute, bool PossiblyMinor,
        ReportStatus Status, DateTimeOffset DueAt, bool Overdue);

    [BindProperty(SupportsGet = true, Name = "status")] public ReportStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "pagina")] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true, Name = "acuut")] public bool OnlyAcute { get; set; }
    [BindProperty(SupportsGet = true, Name = "minderjarig")] public bool OnlyPossiblyMinor { get; set; }
    [BindProperty(SupportsGet = true, Name = "telaat")] public bool OnlyOverdue { get; set; }
    public int OverdueCount { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyDictionary<ReportStatus, int> Counts { get; private set; } = new Dictionary<ReportStatus, int>();
    public int Total { get; private set; }

    public string PageUrl(int page) => Url.Page("Index", new
    {
        status = Status?.ToString(), acuut = OnlyAcute ? "true" : null, minderjarig = OnlyPossiblyMinor ? "true" : null,
        telaat = OnlyOverdue ? "true" : null, pagina = page,
    }) ?? "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = PortalUser.From(User);
        var visible = db.Reports.AsNoTracking().VisibleTo(me, ReportOperations.Read);
        Counts = await visible.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var now = clock.GetUtcNow();
        OverdueCount = await visible.CountAsync(r => r.TriagedAt == null && r.TriageDueAt < now, cancellationToken);
        var filtered = Status is { } status ? visible.Where(r => r.Status == status) : visible;
        if (OnlyAcute) filtered = filtered.Where(r => r.AcuteDanger);
        if (OnlyPossiblyMinor) filtered = filtered.Where(r => r.VictimPossiblyMinor);
        if (OnlyOverdue) filtered = filtered.Where(r => r.TriagedAt == null && r.TriageDueAt < now);
        Total = await filtered.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await (
            from r in filtered
            join m in db.Municipalities on r.MunicipalityCode equals m.Code into municipalities
            from m in municipalities.DefaultIfEmpty()
            // Awaiting triage first, most urgent deadline first; then the rest, newest first.
            orderby r.TriagedAt == null descending, r.TriagedAt == null ? r.TriageDueAt : DateTimeOffset.MinValue, r.SubmittedAt descending, r.Id descending
            select new Row(r.Id, r.Reference, r.SubmittedAt, m.Name, r.AcuteDanger, r.VictimPossiblyMinor, r.Status,
                r.TriageDueAt, r.TriagedAt == null && r.TriageDueAt < now))
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
    }
}
