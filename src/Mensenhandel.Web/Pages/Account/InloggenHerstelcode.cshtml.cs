using System.ComponentModel.DataAnnotations;
using Mensenhandel.Data.Identity;
using Mensenhandel.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mensenhandel.Web.Pages.Account;

/// <summary>Sign in with a one-time recovery code instead of the authenticator app. Wrong codes count towards lockout.</summary>
[AllowAnonymous]
[LimitPosts(PortalRateLimits.SignIn)]
public sealed class InloggenHerstelcodeModel(SignInManager<ApplicationUser> signIn, SignInFlow flow) : RateLimitedAccountPage
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul een herstelcode in.")]
        [StringLength(32, ErrorMessage = "Een herstelcode is korter.")]
        public string RecoveryCode { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Inloggen") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("Inloggen");
        if (!ModelState.IsValid) return Page();

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Input.RecoveryCode.Replace(" ", "", StringComparison.Ordinal));
        if (result.Succeeded)
        {
            await flow.SignedInAsync(user, "herstelcode");
            return LocalRedirect(SignInFlow.StartPage);
        }
        await flow.LoginFailedAsync(user.Id, result.IsLockedOut ? "herstelcode (geblokkeerd)" : "herstelcode");
        ModelState.AddModelError(result.IsLockedOut ? "" : "Input.RecoveryCode", result.IsLockedOut
            ? "Te veel mislukte pogingen. U kunt over 15 minuten opnieuw inloggen."
            : "Deze herstelcode klopt niet of is al gebruikt.");
        return Page();
    }
}
