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

/// <summary>Activation by invitation: the invited user chooses a password; the next sign-in starts TOTP enrolment.</summary>
[AllowAnonymous]
[LimitPosts(PortalRateLimits.SignIn)]
public sealed class ActiverenModel(UserManager<ApplicationUser> users, AuditTrail audit, TimeProvider clock) : RateLimitedAccountPage
{
    public const string Purpose = "Activeren";

    [BindProperty(SupportsGet = true, Name = "gebruiker")] public string? UserId { get; set; }
    [BindProperty(SupportsGet = true, Name = "code")] public string? Code { get; set; }
    [BindProperty] public NewPasswordInput Input { get; set; } = new();
    [TempData] public string? Notice { get; set; }
    public bool LinkIsUsable { get; private set; } = true;

    public async Task OnGetAsync() => LinkIsUsable = await FindInvitedUserAsync() is not null;

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindInvitedUserAsync();
        if (user is null)
        {
            LinkIsUsable = false;
            return Page();
        }
        if (!ModelState.IsValid) return Page();

        var result = await users.AddPasswordAsync(user, Input.NewPassword);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState, "Input.NewPassword");
            return Page();
        }
        user.EmailConfirmed = true;
        user.ActivatedAt = clock.GetUtcNow();
        await users.UpdateAsync(user);
        await audit.WriteAsync(AuditAction.AccountActivated, "Gebruiker", user.Id, actorId: user.Id);
        Notice = "Uw account is geactiveerd. Log in; daarna stelt u de tweestapsverificatie in.";
        return RedirectToPage("Inloggen");
    }

    private async Task<ApplicationUser?> FindInvitedUserAsync()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Code)) return null;
        var user = await users.FindByIdAsync(UserId);
        if (user is null || !user.IsActive || await users.HasPasswordAsync(user)) return null;
        return await users.VerifyUserTokenAsync(user, IdentitySetup.InvitationTokenProvider, Purpose, Code) ? user : null;
    }
}
