using Mensenhandel.Data;
using Mensenhandel.Domain.Organisations;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Beheer.Organisaties;

[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string Name, OrganisationType Type, string? Region, string? Municipality, bool IsActive, int Users);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    [TempData] public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        Rows = await (
            from o in db.Organisations
            join r in db.Regions on o.RegionId equals r.Id into regions
            from r in regions.DefaultIfEmpty()
            join m in db.Municipalities on o.MunicipalityCode equals m.Code into municipalities
            from m in municipalities.DefaultIfEmpty()
            orderby o.Name
            select new Row(o.Id, o.Name, o.Type, r.Name, m.Name, o.IsActive, db.Users.Count(u => u.OrganisationId == o.Id)))
            .ToListAsync();
    }
}
