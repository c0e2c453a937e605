using Mensenhandel.Data;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Organisations;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Gemeente.Basisniveau;

/// <summary>
/// The policy baselines of all municipalities of the user's region (aandachtsfunctionaris, zorgcoördinator);
/// Landelijk chooses a region.
/// </summary>
[Authorize(Policy = Policies.Figures)]
public sealed class RegioModel(AppDbContext db, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "regio")] public string? RegionFilter { get; set; }

    public IReadOnlyList<PolicyBaselineOverview.Row> Rows { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> Regions { get; private set; } = [];
    public string RegionName { get; private set; } = "";
    public bool ChoosesRegion { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var me = PortalUser.From(User)!;
        ChoosesRegion = me.Is(Role.National);
        Regions = [.. (await db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken)).Select(r => (r.Id, r.Name))];
        var regionId = ChoosesRegion ? Regions.FirstOrDefault(r => r.Id == RegionFilter).Id ?? Regions[0].Id : me.RegionId;
        if (regionId is null) return NotFound();
        RegionFilter = regionId;
        RegionName = Regions.FirstOrDefault(r => r.Id == regionId).Name ?? regionId;
        Rows = await PolicyBaselineOverview.LatestAsync(db, regionId, cancellationToken);
        await audit.WriteAsync(AuditAction.Viewed, "BasisniveauRegio", regionId);
        return Page();
    }
}
