using System.ComponentModel.DataAnnotations;
using Mensenhandel.Data.Identity;
using Mensenhandel.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mensenhandel.Web.Pages.Account;

/// <summary>The second step: the code from the authenticator app. Wrong codes count towards lockout.</summary>
[AllowAnonymous]
[LimitPosts(PortalRateLimits.SignIn)]
public sealed class InloggenCodeModel(SignInManager<ApplicationUser> signIn, SignInFlow flow) : RateLimitedAccountPage
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "terug")] public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul de code uit uw authenticator-app in.")]
        [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "De code bestaat uit 6 cijfers.")]
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Inloggen") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("Inloggen");
        if (!ModelState.IsValid) return Page();

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Input.Code.Replace(" ", "", StringComparison.Ordinal), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await flow.SignedInAsync(user, "authenticator-app");
            return LocalRedirect(SignInFlow.SafeReturnUrl(ReturnUrl, Url));
        }
        await flow.LoginFailedAsync(user.Id, result.IsLockedOut ? "authenticator-app (geblokkeerd)" : "authenticator-app");
        ModelState.AddModelError(result.IsLockedOut ? "" : "Input.Code", result.IsLockedOut
            ? "Te veel mislukte pogingen. U kunt over 15 minuten opnieuw inloggen."
            : "Deze code klopt niet of is al gebruikt. Wacht op de volgende code en probeer het opnieuw.");
        return Page();
    }
}
