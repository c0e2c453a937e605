using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Mensenhandel.Web.Authorization;

/// <summary>
/// What a refused request gets. Not signed in: the login page. Signed in with only a password: the second
/// factor (enrolment or challenge), nothing else. Signed in but not allowed: 404, as if the page did not
/// exist, and an access-denied audit event.
/// </summary>
public sealed class PortalAuthorizationResultHandler(AuditTrail audit) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (context.GetEndpoint() is null)
        {
            // Nothing matched: there is nothing to protect, and the answer is the plain 404 page for everyone.
            await next(context);
            return;
        }
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            if (!context.User.HasCompletedMfa())
            {
                context.Response.Redirect("/account/tweestapsverificatie");
                return;
            }
            await audit.WriteAsync(AuditAction.AccessDenied, "Pagina", context.Request.Path.Value, AuditResult.Denied);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
