using System.Security.Claims;
using Mensenhandel.Data.Identity;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Mensenhandel.Web.Pages.Account;

public sealed class DemoOptions
{
    public const string Section = "Demo";
    public const string AccountDomain = "@demo.mensenhandel.nl";

    /// <summary>Development only: demo accounts sign in without the TOTP code so a newcomer can click around.</summary>
    public bool SkipMfa { get; set; }

    public bool Seed { get; set; }
}

/// <summary>The steps every way of signing in shares: the MFA session, the audit event, where to go next.</summary>
public sealed class SignInFlow(SignInManager<ApplicationUser> signIn, AuditTrail audit, DemoOptions demo)
{
    public const string StartPage = "/overzicht";
    public const string GenericLoginError =
        "Inloggen is niet gelukt. Controleer uw e-mailadres en wachtwoord. Na 5 mislukte pogingen kunt u 15 minuten niet inloggen.";

    public bool SkipsMfa(ApplicationUser user) =>
        demo.SkipMfa && (user.Email ?? "").EndsWith(DemoOptions.AccountDomain, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Makes the session a full one (password and second factor). A password-only session is upgraded in
    /// place: the cookie handler renews the stored ticket under the same server-side key, which a
    /// __Host- cookie keeps out of an attacker's reach. Signing out first would not help: the handler
    /// would renew the key it just removed.
    /// </summary>
    public async Task SignInWithMfaAsync(ApplicationUser user, string how)
    {
        await signIn.Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false,
            [new Claim(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor)]);
        await SignedInAsync(user, how);
    }

    /// <summary>Records a completed sign-in (Identity's two-factor sign-in already set the MFA claim).</summary>
    public Task SignedInAsync(ApplicationUser user, string how) =>
        audit.WriteAsync(AuditAction.Login, "Gebruiker", user.Id, AuditResult.Success, how, user.Id);

    public Task LoginFailedAsync(string? userId, string how) =>
        audit.WriteAsync(AuditAction.LoginFailed, "Gebruiker", userId, AuditResult.Failure, how, userId);

    public static string SafeReturnUrl(string? returnUrl, Microsoft.AspNetCore.Mvc.IUrlHelper url) =>
        returnUrl is not null && url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith("/inloggen", StringComparison.OrdinalIgnoreCase)
            ? returnUrl
            : StartPage;
}
