using Mensenhandel.Data;
using Mensenhandel.Data.Identity;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Identity;
using Mensenhandel.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mensenhandel.Web.Pages.Account;

/// <summary>Sets a new password through an e-mailed link (reset) or, with an invitation link, for the first time (activation).</summary>
[AllowAnonymous]
[LimitPosts(PortalRateLimits.SignIn)]
public sealed class WachtwoordHerstellenModel(UserManager<ApplicationUser> users, AuditTrail audit, AppDbContext db, DatabaseTicketStore sessions) : RateLimitedAccountPage
{
    [BindProperty(SupportsGet = true, Name = "gebruiker")] public string? UserId { get; set; }
    [BindProperty(SupportsGet = true, Name = "code")] public string? Code { get; set; }
    [BindProperty] public NewPasswordInput Input { get; set; } = new();
    [TempData] public string? Notice { get; set; }

    public bool LinkIsUsable { get; private set; } = true;

    public void OnGet() => LinkIsUsable = !string.IsNullOrEmpty(UserId) && !string.IsNullOrEmpty(Code);

    public async Task<IActionResult> OnPostAsync()
    {
        var user = string.IsNullOrEmpty(UserId) ? null : await users.FindByIdAsync(UserId);
        if (!ModelState.IsValid) return Page();
        if (user is null || !user.IsActive || string.IsNullOrEmpty(Code))
        {
            LinkIsUsable = false;
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Code, Input.NewPassword);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))) LinkIsUsable = false;
            result.AddTo(ModelState, "Input.NewPassword");
            return Page();
        }
        await users.ResetAccessFailedCountAsync(user);
        await sessions.EndAllSessionsAsync(db, user.Id);
        await audit.WriteAsync(AuditAction.PasswordReset, "Gebruiker", user.Id, actorId: user.Id);
        Notice = "Uw nieuwe wachtwoord is ingesteld. U kunt nu inloggen.";
        return RedirectToPage("Inloggen");
    }
}
