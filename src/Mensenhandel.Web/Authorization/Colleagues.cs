using Mensenhandel.Data;
using Mensenhandel.Data.Identity;
using Mensenhandel.Domain.Organisations;

namespace Mensenhandel.Web.Authorization;

/// <summary>Who does the coordination work of a region: the people a melding is announced to and a casus can be assigned to.</summary>
public static class Colleagues
{
    /// <summary>
    /// The active, activated accounts of the zorgcoördinatoren of a region (Landelijk for the national queue,
    /// region null), in active organisations.
    /// </summary>
    public static IQueryable<ApplicationUser> CoordinatorsOf(this AppDbContext db, string? regionId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var role = regionId is null ? Role.National : Role.CareCoordinator;
        return from user in db.Users
               join userRole in db.UserRoles on user.Id equals userRole.UserId
               join identityRole in db.Roles on userRole.RoleId equals identityRole.Id
               join organisation in db.Organisations on user.OrganisationId equals organisation.Id
               where identityRole.Name == role && user.DeactivatedAt == null && user.EmailConfirmed
                     && organisation.IsActive && organisation.RegionId == regionId
               select user;
    }
}
