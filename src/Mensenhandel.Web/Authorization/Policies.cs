using Mensenhandel.Domain.Organisations;
using Microsoft.AspNetCore.Authorization;

namespace Mensenhandel.Web.Authorization;

/// <summary>
/// Deny by default: every endpoint needs a signed-in user who completed the second factor, unless it says
/// [AllowAnonymous] (public pages) or names the Enrolment policy (the MFA pages a password-only session may reach).
/// </summary>
public static class Policies
{
    public const string Enrolment = nameof(Enrolment);
    public const string Administration = nameof(Administration);
    public const string CareCoordination = nameof(CareCoordination);
    public const string Police = nameof(Police);
    public const string CarePartner = nameof(CarePartner);
    public const string Partner = nameof(Partner);
    public const string Municipality = nameof(Municipality);
    public const string Reporter = nameof(Reporter);
    public const string Figures = nameof(Figures);

    public static void AddPortalPolicies(this AuthorizationBuilder authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        var staff = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireClaim(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor)
            .RequireRole(Role.All)
            .Build();

        authorization
            .SetFallbackPolicy(staff)
            .SetDefaultPolicy(staff)
            .AddPolicy(Enrolment, p => p.RequireAuthenticatedUser())
            .AddPolicy(Administration, p => p.Combine(staff).RequireRole(Role.Administrator))
            .AddPolicy(CareCoordination, p => p.Combine(staff).RequireRole(Role.CareCoordinator, Role.National))
            .AddPolicy(Police, p => p.Combine(staff).RequireRole(Role.Police))
            .AddPolicy(CarePartner, p => p.Combine(staff).RequireRole(Role.CarePartner))
            .AddPolicy(Partner, p => p.Combine(staff).RequireRole(Role.Police, Role.CarePartner))
            .AddPolicy(Municipality, p => p.Combine(staff).RequireRole(Role.DesignatedOfficer))
            .AddPolicy(Reporter, p => p.Combine(staff).RequireRole(Role.Reporter))
            .AddPolicy(Figures, p => p.Combine(staff).RequireRole(Role.DesignatedOfficer, Role.CareCoordinator, Role.National));
    }
}
