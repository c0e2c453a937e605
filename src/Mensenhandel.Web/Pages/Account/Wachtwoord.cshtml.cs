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

public sealed class WachtwoordModel(UserManager<ApplicationUser> users, AuditTrail audit, AppDbContext db, DatabaseTicketStore sessions) : PageModel
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
        // Every session of this account ends, this one too: the user signs in again with the new password.
        await sessions.EndAllSessionsAsync(db, user.Id);
        await audit.WriteAsync(AuditAction.PasswordChanged, "Gebruiker", user.Id);
        Notice = "Uw wachtwoord is gewijzigd. Log opnieuw in met uw nieuwe wachtwoord.";
        return RedirectToPage("Inloggen");
    }
}
