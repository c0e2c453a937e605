using System.ComponentModel.DataAnnotations;
using Mensenhandel.Data.Identity;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Identity;
using Mensenhandel.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Mensenhandel.Web.Pages.Account;

/// <summary>Asks for a reset link. The answer is the same whether or not the address has an account.</summary>
[AllowAnonymous]
[LimitPosts(PortalRateLimits.SignIn)]
public sealed class WachtwoordVergetenModel(
    UserManager<ApplicationUser> users, IAccountMail mail, PortalOptions portal, AuditTrail audit,
    ILogger<WachtwoordVergetenModel> logger) : RateLimitedAccountPage
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public bool Sent { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul uw e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.")]
        [StringLength(256, ErrorMessage = "Dit e-mailadres is te lang.")]
        public string Email { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is not null && user.IsActive && await users.HasPasswordAsync(user))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = portal.Link(QueryHelpers.AddQueryString("/wachtwoord-herstellen",
                new Dictionary<string, string?> { ["gebruiker"] = user.Id, ["code"] = token }));
            try
            {
                await mail.SendAsync(new AccountMessage(user.Email!, "Nieuw wachtwoord voor Portaal Mensenhandel",
                    $"U hebt gevraagd om een nieuw wachtwoord voor Portaal Mensenhandel.\n\nKies een nieuw wachtwoord via deze link (2 uur geldig):\n{link}\n\nHebt u dit niet gevraagd? Dan hoeft u niets te doen.\n"));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Same answer as always (no telling whether the address exists); the failure is for operators.
                logger.LogError(ex, "Password reset mail for user {UserId} could not be sent", user.Id);
            }
            await audit.WriteAsync(AuditAction.PasswordResetRequested, "Gebruiker", user.Id, actorId: user.Id);
        }
        else
        {
            await audit.WriteAsync(AuditAction.PasswordResetRequested, "Gebruiker", null, AuditResult.Failure);
        }
        Sent = true;
        return Page();
    }
}
