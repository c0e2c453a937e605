using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Mensenhandel.Data.Identity;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace Mensenhandel.Web.Pages.Account;

/// <summary>
/// TOTP enrolment: the one page a password-only session may use. Shows the key as a QR code and as text,
/// checks a first code, then turns on two-step verification, shows recovery codes and signs in fully.
/// </summary>
[Authorize(Policy = Policies.Enrolment)]
public sealed class TweestapsverificatieModel(
    UserManager<ApplicationUser> users, SignInFlow flow, AuditTrail audit) : PageModel
{
    private const string Issuer = "Portaal Mensenhandel";

    [BindProperty] public InputModel Input { get; set; } = new();
    public string SharedKey { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";
    public bool IsEnrolled { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul de code uit uw authenticator-app in.")]
        [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "De code bestaat uit 6 cijfers.")]
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return RedirectToPage("Inloggen");
        IsEnrolled = user.TwoFactorEnabled;
        if (IsEnrolled && !User.HasCompletedMfa())
        {
            // Enrolled already: the code belongs on the sign-in challenge, not here.
            return RedirectToPage("Inloggen");
        }
        if (!IsEnrolled) await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return RedirectToPage("Inloggen");
        if (user.TwoFactorEnabled) return RedirectToPage("Tweestapsverificatie");
        if (!ModelState.IsValid)
        {
            await LoadKeyAsync(user);
            return Page();
        }

        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Input.Code);
        if (!valid)
        {
            await users.AccessFailedAsync(user);
            ModelState.AddModelError("Input.Code", "Deze code klopt niet. Controleer of de tijd op uw telefoon goed staat en vul de nieuwste code in.");
            await LoadKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        await audit.WriteAsync(AuditAction.MfaEnrolled, "Gebruiker", user.Id, actorId: user.Id);
        await flow.SignInWithMfaAsync(user, "tweestapsverificatie ingesteld");
        TempData[HerstelcodesModel.NewCodesKey] = string.Join(' ', codes);
        return RedirectToPage("Herstelcodes");
    }

    private async Task LoadKeyAsync(ApplicationUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        SharedKey = FormatKey(key);
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(png);
    }

    private static string FormatKey(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0) builder.Append(' ');
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return builder.ToString().ToLowerInvariant();
    }
}
