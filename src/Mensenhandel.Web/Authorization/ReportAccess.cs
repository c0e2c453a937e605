using System.Linq.Expressions;
using Mensenhandel.Domain.Organisations;
using Mensenhandel.Domain.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Mensenhandel.Web.Authorization;

/// <summary>What can be done with a melding. Static, so handlers and pages name the same operations.</summary>
public static class ReportOperations
{
    /// <summary>Read the content of a melding (the zorgcoördinator's work).</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };

    /// <summary>Triage it: open or link a casus, or close it with a reason.</summary>
    public static readonly OperationAuthorizationRequirement Triage = new() { Name = nameof(Triage) };

    /// <summary>See only its reference and coarse status (a signaleerder, for their own meldingen).</summary>
    public static readonly OperationAuthorizationRequirement ReadStatus = new() { Name = nameof(ReadStatus) };
}

/// <summary>
/// The one place that says which meldingen a user may see. <see cref="VisibleTo"/> is the query every list uses;
/// the authorization handler evaluates the very same expression on a loaded melding, so list and detail agree.
/// </summary>
public static class ReportAccess
{
    private static readonly Expression<Func<Report, bool>> Nothing = _ => false;

    public static Expression<Func<Report, bool>> VisibleTo(PortalUser? me, OperationAuthorizationRequirement operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (me is null) return Nothing;
        var regionId = me.RegionId;
        var userId = me.UserId;

        // Zorgcoördinator: the meldingen of their own coordination region. Landelijk (CoMensha): the national queue.
        Expression<Func<Report, bool>>? content = me.Role switch
        {
            Role.CareCoordinator when regionId is not null => r => r.RegionId == regionId,
            Role.National => r => r.RegionId == null,
            _ => null,
        };
        if (operation == ReportOperations.Read || operation == ReportOperations.Triage) return content ?? Nothing;
        if (operation == ReportOperations.ReadStatus)
        {
            if (me.Is(Role.Reporter)) return r => r.SubmittedBy == userId;
            return content ?? Nothing;
        }
        return Nothing;
    }

    public static IQueryable<Report> VisibleTo(this IQueryable<Report> reports, PortalUser? me, OperationAuthorizationRequirement operation) =>
        reports.Where(VisibleTo(me, operation));
}

/// <summary>
/// One handler shape for every resource: the operation succeeds when the resource matches the same expression
/// the lists use. Static operation sets, one rule per resource type, no second opinion anywhere.
/// </summary>
public abstract class RuleAuthorizationHandler<T> : AuthorizationHandler<OperationAuthorizationRequirement, T>
{
    protected abstract Expression<Func<T, bool>> Rule(PortalUser? user, OperationAuthorizationRequirement operation);

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, T resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.User.HasCompletedMfa()) return Task.CompletedTask;
        if (Rule(PortalUser.From(context.User), requirement).Compile(preferInterpretation: true)(resource)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

public sealed class ReportAuthorizationHandler : RuleAuthorizationHandler<Report>
{
    protected override Expression<Func<Report, bool>> Rule(PortalUser? user, OperationAuthorizationRequirement operation) =>
        ReportAccess.VisibleTo(user, operation);
}
