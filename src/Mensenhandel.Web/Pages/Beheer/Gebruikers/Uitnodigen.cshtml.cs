using System.ComponentModel.DataAnnotations;
using Mensenhandel.Domain;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mensenhandel.Web.Pages.Beheer.Gebruikers;

[Authorize(Policy = Policies.Administration)]
public sealed class UitnodigenModel(UserAdministration administration, ReferenceLists lists) : PageModel
{
    [BindProperty] public RoleInput Input { get; set; } = new();
    public IReadOnlyList<SelectListItem> Organisations { get; private set; } = [];

    public async Task OnGetAsync() => Organisations = await lists.OrganisationsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
            ModelState.AddModelError("Input.Email", "Vul het e-mailadres in.");
        else if (!new EmailAddressAttribute().IsValid(Input.Email) || Input.Email.Length > 256)
            ModelState.AddModelError("Input.Email", "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.");
        if (ModelState.IsValid)
        {
            try
            {
                await administration.InviteAsync(Input.Email!, Input.Role!, Input.OrganisationId);
                TempData["Notice"] = $"Er is een uitnodiging gestuurd naar {Input.Email}.";
                return RedirectToPage("Index");
            }
            catch (DomainRuleException ex)
            {
                ModelState.AddModelError("", ex.Message);
            }
        }
        Organisations = await lists.OrganisationsAsync();
        return Page();
    }
}

public sealed class RoleInput
{
    public string? Email { get; set; }

    [Required(ErrorMessage = "Kies een rol.")]
    public string? Role { get; set; }

    public Guid? OrganisationId { get; set; }
}
