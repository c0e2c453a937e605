using System.Security.Claims;
using Mensenhandel.Data;
using Mensenhandel.Data.Identity;
using Mensenhandel.Web.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mensenhandel.Web.Identity;

/// <summary>Adds the organisation, its type, region, municipality and police unit to the principal at sign-in.</summary>
public sealed class PortalClaimsFactory(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.OrganisationId is not { } organisationId) return identity;

        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId);
        if (organisation is null) return identity;

        identity.AddClaim(new Claim(PortalClaims.OrganisationId, organisation.Id.ToString()));
        identity.AddClaim(new Claim(PortalClaims.OrganisationType, organisation.Type.ToString()));
        if (organisation.RegionId is not null) identity.AddClaim(new Claim(PortalClaims.RegionId, organisation.RegionId));
        if (organisation.MunicipalityCode is not null) identity.AddClaim(new Claim(PortalClaims.MunicipalityCode, organisation.MunicipalityCode));
        if (organisation.PoliceUnitId is not null) identity.AddClaim(new Claim(PortalClaims.PoliceUnitId, organisation.PoliceUnitId));
        identity.AddClaim(new Claim("mh:orgname", organisation.Name));
        return identity;
    }
}
