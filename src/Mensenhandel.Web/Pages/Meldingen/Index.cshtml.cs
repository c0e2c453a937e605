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
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Reference, DateTimeOffset SubmittedAt, string? Municipality, bool Acute, bool PossiblyMinor, ReportStatus Status);

    [BindProperty(SupportsGet = true, Name = "status")] public ReportStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "pagina")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyDictionary<ReportStatus, int> Counts { get; private set; } = new Dictionary<ReportStatus, int>();
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = PortalUser.From(User);
        var visible = db.Reports.AsNoTracking().VisibleTo(me, ReportOperations.Read);
        Counts = await visible.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var filtered = Status is { } status ? visible.Where(r => r.Status == status) : visible;
        Total = await filtered.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await (
            from r in filtered
            join m in db.Municipalities on r.MunicipalityCode equals m.Code into municipalities
            from m in municipalities.DefaultIfEmpty()
            orderby r.SubmittedAt descending, r.Id descending
            select new Row(r.Id, r.Reference, r.SubmittedAt, m.Name, r.AcuteDanger, r.VictimPossiblyMinor, r.Status))
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
    }
}
