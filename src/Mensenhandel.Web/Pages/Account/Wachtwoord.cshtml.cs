using System.ComponentModel.DataAnnotations;
using Mensenhandel.Data;
using Mensenhandel.Data.Identity;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mensenhandel.Web.Pages.Account;

public sealed class WachtwoordModel(UserManager<ApplicationUser> users, SignInFlow flow, AuditTrail audit, AppDbContext db) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [TempData] public string? Notice { get; set; }

    public sealed class InputModel : NewPasswordInput
    {
        [Required(ErrorMessage = "Vul uw huidige wachtwoord in.")]
        [StringLength(CommonPasswordValidator.MaximumLength)]
        public string CurrentPassword { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return NotFound();
        if (!ModelState.IsValid) return Page();

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
                ModelState.AddModelError("Input.CurrentPassword", "Uw huidige wachtwoord klopt niet.");
            else
                result.AddTo(ModelState, "Input.NewPassword");
            return Page();
        }
        // Other sessions of this account end; this one continues with a fresh session.
        await DatabaseTicketStore.EndAllSessionsAsync(db, user.Id);
        await audit.WriteAsync(AuditAction.PasswordChanged, "Gebruiker", user.Id);
        await flow.SignInWithMfaAsync(user, "na wachtwoordwijziging");
        Notice = "Uw wachtwoord is gewijzigd. Andere sessies zijn beëindigd.";
        return RedirectToPage();
    }
}
