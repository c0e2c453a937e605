using System.Linq.Expressions;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Organisations;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Mensenhandel.Web.Authorization;

public static class CaseOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
    public static readonly OperationAuthorizationRequirement Refer = new() { Name = nameof(Refer) };

    /// <summary>The gemeente's view: reference, status, dates, shelter yes/no, dispute. No narrative, no indicators.</summary>
    public static readonly OperationAuthorizationRequirement ReadAsMunicipality = new() { Name = nameof(ReadAsMunicipality) };

    /// <summary>Settle an open funding dispute the gemeente is part of.</summary>
    public static readonly OperationAuthorizationRequirement ResolveDispute = new() { Name = nameof(ResolveDispute) };
}

/// <summary>
/// Casussen belong to the zorgcoördinatoren of their region (the national desk's to Landelijk). Partners never
/// open a casus: they see a referral, and only what it shares. A gemeente sees, in its own narrow view, the
/// casussen it pays for (responsible municipality) or is in an open funding dispute about, and resolves those
/// disputes; it never gets the coordinator's operations.
/// </summary>
public static class CaseAccess
{
    public static Expression<Func<Case, bool>> VisibleTo(PortalUser? me, OperationAuthorizationRequirement operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var municipality = me is { Role: Role.DesignatedOfficer } ? me.MunicipalityCode : null;
        if (operation == CaseOperations.ReadAsMunicipality)
        {
            // Codes are all GMnnnn, so a substring of the comma-separated list matches exactly one whole code.
            return municipality is null ? c => false
                : c => c.ResponsibleMunicipalityCode == municipality
                    || c.Disputes.Any(d => d.ResolvedAt == null && d.MunicipalityCodes.Contains(municipality));
        }
        if (operation == CaseOperations.ResolveDispute)
        {
            return municipality is null ? c => false
                : c => c.Disputes.Any(d => d.ResolvedAt == null && d.MunicipalityCodes.Contains(municipality));
        }
        var regionId = me?.RegionId;
        return me?.Role switch
        {
            Role.CareCoordinator when regionId is not null => c => c.RegionId == regionId,
            Role.National => c => c.RegionId == null,
            _ => c => false,
        };
    }

    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, PortalUser? me, OperationAuthorizationRequirement operation) =>
        cases.Where(VisibleTo(me, operation));
}

public sealed class CaseAuthorizationHandler : RuleAuthorizationHandler<Case>
{
    protected override Expression<Func<Case, bool>> Rule(PortalUser? user, OperationAuthorizationRequirement operation) =>
        CaseAccess.VisibleTo(user, operation);
}

public static class ReferralOperations
{
    /// <summary>Read what the referral shares (the recipient organisation).</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };

    /// <summary>Accept, reject, give feedback (the recipient organisation).</summary>
    public static readonly OperationAuthorizationRequirement Answer = new() { Name = nameof(Answer) };
}

/// <summary>A referral is for its recipient organisation's politie or zorgpartner users, nobody else.</summary>
public static class ReferralAccess
{
    public static Expression<Func<Referral, bool>> VisibleTo(PortalUser? me, OperationAuthorizationRequirement operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var organisationId = me?.OrganisationId;
        return me?.Role switch
        {
            Role.Police or Role.CarePartner when organisationId is not null => r => r.RecipientOrganisationId == organisationId,
            _ => r => false,
        };
    }

    public static IQueryable<Referral> VisibleTo(this IQueryable<Referral> referrals, PortalUser? me, OperationAuthorizationRequirement operation) =>
        referrals.Where(VisibleTo(me, operation));
}

public sealed class ReferralAuthorizationHandler : RuleAuthorizationHandler<Referral>
{
    protected override Expression<Func<Referral, bool>> Rule(PortalUser? user, OperationAuthorizationRequirement operation) =>
        ReferralAccess.VisibleTo(user, operation);
}
