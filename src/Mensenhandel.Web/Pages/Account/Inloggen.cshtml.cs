using System.ComponentModel.DataAnnotations;
using Mensenhandel.Data.Identity;
using Mensenhandel.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mensenhandel.Web.Pages.Account;

[AllowAnonymous]
[LimitPosts(PortalRateLimits.SignIn)]
public sealed class InloggenModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, SignInFlow flow) : RateLimitedAccountPage
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "terug")] public string? ReturnUrl { get; set; }
    [TempData] public string? Notice { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul uw e-mailadres in.")]
        [StringLength(256, ErrorMessage = "Dit e-mailadres is te lang.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vul uw wachtwoord in.")]
        [StringLength(Identity.CommonPasswordValidator.MaximumLength, ErrorMessage = "Dit wachtwoord is te lang.")]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            // Same work, same answer as for a known address: hash the password anyway.
            users.PasswordHasher.HashPassword(new ApplicationUser(), Input.Password);
            await flow.LoginFailedAsync(null, "wachtwoord");
            return Failed();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        var returnUrl = SignInFlow.SafeReturnUrl(ReturnUrl, Url);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            if (flow.SkipsMfa(user))
            {
                await flow.SignInWithMfaAsync(user, "wachtwoord (demo zonder tweede factor)");
                return LocalRedirect(returnUrl);
            }
            // Enrolled: ask for the code. Not yet enrolled: a password-only session that reaches enrolment only.
            return result.RequiresTwoFactor
                ? RedirectToPage("InloggenCode", new { terug = returnUrl })
                : RedirectToPage("Tweestapsverificatie");
        }
        await flow.LoginFailedAsync(user.Id, result.IsLockedOut ? "wachtwoord (geblokkeerd)" : "wachtwoord");
        return Failed();
    }

    private PageResult Failed()
    {
        ModelState.AddModelError("", SignInFlow.GenericLoginError);
        return Page();
    }
}
