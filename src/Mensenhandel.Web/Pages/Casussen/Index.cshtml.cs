using Mensenhandel.Data;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Casussen;

/// <summary>The casussen of the coordinator's region: open ones first, with counts per status and open disputes.</summary>
[Authorize(Policy = Policies.CareCoordination)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string Reference, CaseStatus Status, DateTimeOffset OpenedAt, bool Mine, bool Dispute);

    [BindProperty(SupportsGet = true, Name = "status")] public CaseStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "mijn")] public bool OnlyMine { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyDictionary<CaseStatus, int> Counts { get; private set; } = new Dictionary<CaseStatus, int>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = PortalUser.From(User)!;
        var visible = db.Cases.AsNoTracking().VisibleTo(me, CaseOperations.Read);
        Counts = await visible.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var filtered = Status is { } status ? visible.Where(c => c.Status == status) : visible.Where(c => c.Status != CaseStatus.Closed);
        if (OnlyMine) filtered = filtered.Where(c => c.AssignedTo == me.UserId);
        Rows = await filtered.OrderByDescending(c => c.OpenedAt).Take(200)
            .Select(c => new Row(c.Id, c.Reference, c.Status, c.OpenedAt, c.AssignedTo == me.UserId, c.Disputes.Any(d => d.ResolvedAt == null)))
            .ToListAsync(cancellationToken);
    }
}
