using Mensenhandel.Data.Identity;
using Mensenhandel.Domain;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mensenhandel.Web.Pages.Beheer.Gebruikers;

[Authorize(Policy = Policies.Administration)]
public sealed class DetailsModel(UserManager<ApplicationUser> users, UserAdministration administration, ReferenceLists lists) : PageModel
{
    [BindProperty] public RoleInput Input { get; set; } = new();
    public ApplicationUser Account { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];
    [TempData] public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Input = new RoleInput { Role = (await users.GetRolesAsync(Account)).FirstOrDefault(), OrganisationId = Account.OrganisationId };
        return Page();
    }

    public Task<IActionResult> OnPostRoleAsync(string id) =>
        ActAsync(id, () => administration.ChangeRoleAsync(Account, Input.Role ?? "", Input.OrganisationId), "De rol en organisatie zijn gewijzigd. Lopende sessies van deze gebruiker zijn beëindigd.");

    public Task<IActionResult> OnPostDeactivateAsync(string id) =>
        ActAsync(id, () => IsSelf() ? throw new DomainRuleException("U kunt uw eigen account niet deactiveren.") : administration.DeactivateAsync(Account),
            "Het account is gedeactiveerd. Lopende sessies zijn beëindigd.");

    public Task<IActionResult> OnPostReactivateAsync(string id) =>
        ActAsync(id, () => administration.ReactivateAsync(Account), "Het account is weer actief.");

    public Task<IActionResult> OnPostResetMfaAsync(string id) =>
        ActAsync(id, () => administration.ResetMfaAsync(Account), "De tweestapsverificatie is gereset. De gebruiker stelt die opnieuw in bij de volgende keer inloggen.");

    public Task<IActionResult> OnPostInviteAgainAsync(string id) =>
        ActAsync(id, () => administration.SendInvitationAsync(Account), "Er is een nieuwe uitnodiging gestuurd.");

    private async Task<IActionResult> ActAsync(string id, Func<Task> action, string notice)
    {
        if (!await LoadAsync(id)) return NotFound();
        try
        {
            await action();
        }
        catch (DomainRuleException ex)
        {
            ModelState.AddModelError("", ex.Message);
            return Page();
        }
        Notice = notice;
        return RedirectToPage(new { id });
    }

    private bool IsSelf() => string.Equals(Account.Id, User.GetUserId(), StringComparison.Ordinal);

    private async Task<bool> LoadAsync(string id)
    {
        var account = await users.FindByIdAsync(id);
        if (account is null) return false;
        Account = account;
        Organisations = await lists.OrganisationsAsync();
        return true;
    }
}
