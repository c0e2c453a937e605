using Mensenhandel.Data;
using Mensenhandel.Domain.Organisations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Beheer;

/// <summary>Choice lists for the beheer forms, read from the reference data.</summary>
public sealed class ReferenceLists(AppDbContext db)
{
    public async Task<IReadOnlyList<SelectListItem>> RegionsAsync() =>
        await db.Regions.OrderBy(r => r.Name).Select(r => new SelectListItem(r.Name, r.Id)).ToListAsync();

    public async Task<IReadOnlyList<SelectListItem>> PoliceUnitsAsync() =>
        await db.PoliceUnits.OrderBy(p => p.Name).Select(p => new SelectListItem(p.Name, p.Id)).ToListAsync();

    public async Task<IReadOnlyList<SelectListItem>> MunicipalitiesAsync() =>
        await db.Municipalities.OrderBy(m => m.Name).Select(m => new SelectListItem(m.Name, m.Code)).ToListAsync();

    public async Task<IReadOnlyList<SelectListItem>> OrganisationsAsync() =>
        await db.Organisations.Where(o => o.IsActive).OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();

    public static IReadOnlyList<SelectListItem> OrganisationTypes { get; } =
        [.. Enum.GetValues<OrganisationType>().Select(t => new SelectListItem(Labels.Of(t), t.ToString()))];

    public static IReadOnlyList<SelectListItem> Roles { get; } =
        [.. Role.All.Select(r => new SelectListItem(Role.DisplayName(r), r))];
}
