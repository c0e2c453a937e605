using Mensenhandel.Data;
using Mensenhandel.Data.Identity;
using Mensenhandel.Domain;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Organisations;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Identity;
using Mensenhandel.Web.Pages.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Beheer.Gebruikers;

/// <summary>
/// What a beheerder does to accounts. Every change ends the user's sessions where it changes what they may
/// see (role, organisation, deactivation, MFA reset) and writes one audit event.
/// </summary>
public sealed class UserAdministration(
    UserManager<ApplicationUser> users, AppDbContext db, AuditTrail audit, IAccountMail mail, PortalOptions portal, TimeProvider clock,
    DatabaseTicketStore sessions, ILogger<UserAdministration> logger)
{
    public async Task<ApplicationUser> InviteAsync(string email, string role, Guid? organisationId)
    {
        await RequireFitAsync(role, organisationId);
        var user = new ApplicationUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            OrganisationId = organisationId,
            CreatedAt = clock.GetUtcNow(),
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded) throw new DomainRuleException(string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        await audit.WriteAsync(AuditAction.UserInvited, "Gebruiker", user.Id, detail: $"rol: {role}");
        await SendInvitationAsync(user);
        return user;
    }

    public async Task SendInvitationAsync(ApplicationUser user)
    {
        var token = await users.GenerateUserTokenAsync(user, IdentitySetup.InvitationTokenProvider, ActiverenModel.Purpose);
        var link = portal.Link(QueryHelpers.AddQueryString("/account/activeren",
            new Dictionary<string, string?> { ["gebruiker"] = user.Id, ["code"] = token }));
        try
        {
            await mail.SendAsync(new AccountMessage(user.Email!, "Uitnodiging voor Portaal Mensenhandel",
                $"U bent uitgenodigd voor Portaal Mensenhandel.\n\nActiveer uw account via deze link (7 dagen geldig):\n{link}\n\n" +
                "U kiest een wachtwoord en stelt daarna tweestapsverificatie in met een authenticator-app.\n"));
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not DomainRuleException)
        {
            logger.LogError(ex, "Invitation mail for user {UserId} could not be sent", user.Id);
            throw new DomainRuleException(
                "Het account bestaat, maar de uitnodiging kon niet worden verstuurd. Probeer het later opnieuw met 'Uitnodiging opnieuw sturen'.");
        }
    }

    public async Task ChangeRoleAsync(ApplicationUser user, string role, Guid? organisationId)
    {
        await RequireFitAsync(role, organisationId);
        var current = (await users.GetRolesAsync(user)).ToList();
        var before = $"{string.Join(",", current)} / {user.OrganisationId}";
        if (current.Count > 0) await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, role);
        user.OrganisationId = organisationId;
        await users.UpdateSecurityStampAsync(user); // also saves OrganisationId
        await sessions.EndAllSessionsAsync(db, user.Id);
        await audit.WriteAsync(AuditAction.RoleChanged, "Gebruiker", user.Id, detail: $"{before} → {role} / {organisationId}");
    }

    public async Task DeactivateAsync(ApplicationUser user)
    {
        user.DeactivatedAt = clock.GetUtcNow();
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllSessionsAsync(db, user.Id);
        await audit.WriteAsync(AuditAction.UserDeactivated, "Gebruiker", user.Id);
    }

    public async Task ReactivateAsync(ApplicationUser user)
    {
        user.DeactivatedAt = null;
        await users.UpdateAsync(user);
        await audit.WriteAsync(AuditAction.UserReactivated, "Gebruiker", user.Id);
    }

    /// <summary>The user must enrol a new authenticator at the next sign-in; old codes and sessions stop working.</summary>
    public async Task ResetMfaAsync(ApplicationUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        user.LastTotpTimeStep = 0;
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllSessionsAsync(db, user.Id);
        await audit.WriteAsync(AuditAction.MfaReset, "Gebruiker", user.Id);
    }

    private async Task RequireFitAsync(string role, Guid? organisationId)
    {
        if (!Role.IsKnown(role)) throw new DomainRuleException("Kies een rol uit de lijst.");
        OrganisationType? type = null;
        if (organisationId is { } id)
        {
            type = await db.Organisations.Where(o => o.Id == id && o.IsActive).Select(o => (OrganisationType?)o.Type).SingleOrDefaultAsync()
                ?? throw new DomainRuleException("Kies een organisatie uit de lijst.");
        }
        if (!Role.FitsOrganisation(role, type))
            throw new DomainRuleException($"De rol {Role.DisplayName(role)} past niet bij deze organisatie.");
    }
}
