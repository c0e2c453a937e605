using System.Security.Claims;
using Mensenhandel.Domain.Organisations;

namespace Mensenhandel.Web.Authorization;

/// <summary>Claim types the portal adds at sign-in, so authorization needs no database round trip.</summary>
public static class PortalClaims
{
    public const string OrganisationId = "mh:org";
    public const string OrganisationType = "mh:orgtype";
    public const string RegionId = "mh:region";
    public const string MunicipalityCode = "mh:municipality";
    public const string PoliceUnitId = "mh:policeunit";
    public const string AuthenticationMethod = "amr";
    public const string MultiFactor = "mfa";
}

/// <summary>
/// Who is asking, as authorization sees it: role + organisation + region. Built from the signed-in
/// principal's claims; every access decision (handlers and VisibleTo queries) starts here.
/// </summary>
public sealed record PortalUser(
    string UserId,
    string Role,
    Guid? OrganisationId,
    OrganisationType? OrganisationType,
    string? RegionId,
    string? MunicipalityCode,
    string? PoliceUnitId)
{
    public static PortalUser? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true) return null;
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = principal.FindFirstValue(ClaimTypes.Role);
        if (userId is null || role is null || !Domain.Organisations.Role.IsKnown(role)) return null;

        return new PortalUser(
            userId,
            role,
            Guid.TryParse(principal.FindFirstValue(PortalClaims.OrganisationId), out var org) ? org : null,
            Enum.TryParse<OrganisationType>(principal.FindFirstValue(PortalClaims.OrganisationType), out var type) ? type : null,
            principal.FindFirstValue(PortalClaims.RegionId),
            principal.FindFirstValue(PortalClaims.MunicipalityCode),
            principal.FindFirstValue(PortalClaims.PoliceUnitId));
    }

    public bool Is(string role) => string.Equals(Role, role, StringComparison.Ordinal);
}

public static class ClaimsPrincipalExtensions
{
    public static string? GetUserId(this ClaimsPrincipal principal) =>
        principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public static bool HasCompletedMfa(this ClaimsPrincipal principal) =>
        principal?.HasClaim(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor) == true;
}
