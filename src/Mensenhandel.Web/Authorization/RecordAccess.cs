using System.Security.Claims;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Mensenhandel.Web.Authorization;

/// <summary>
/// The check every record page makes after loading: may this user do this to this record? A missing record
/// and a refused one look the same (the page answers 404), and both write one access-denied audit event.
/// </summary>
public sealed class RecordAccess(IAuthorizationService authorization, AuditTrail audit)
{
    /// <summary>The record when the user may do this to it; otherwise null, after an access-denied event.</summary>
    public async Task<T?> PermitAsync<T>(ClaimsPrincipal user, T? record, OperationAuthorizationRequirement operation, string objectType, Guid id)
        where T : class
    {
        if (record is not null && (await authorization.AuthorizeAsync(user, record, operation)).Succeeded) return record;
        await audit.WriteAsync(AuditAction.AccessDenied, objectType, id, AuditResult.Denied);
        return null;
    }
}
