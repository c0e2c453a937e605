using Mensenhandel.Data;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Beheer.Gebruikers;

[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(string Id, string Email, string? Role, string? Organisation, bool TwoFactor, bool Active, bool Activated);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    [TempData] public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        Rows = await (
            from u in db.Users
            join o in db.Organisations on u.OrganisationId equals o.Id into organisations
            from o in organisations.DefaultIfEmpty()
            orderby u.Email
            select new Row(
                u.Id, u.Email!,
                (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).FirstOrDefault(),
                o.Name, u.TwoFactorEnabled, u.DeactivatedAt == null, u.PasswordHash != null))
            .ToListAsync();
    }
}
