using Mensenhandel.Data;
using Mensenhandel.Data.Identity;
using Mensenhandel.Domain.Organisations;

namespace Mensenhandel.Web.Authorization;

/// <summary>
/// Who does the coordination work of a region (the people a melding is announced to and a casus can be assigned to),
/// and who speaks for a municipality in a funding dispute.
/// </summary>
public static class Colleagues
{
    /// <summary>
    /// The active, activated accounts of the zorgcoördinatoren of a region (Landelijk for the national queue,
    /// region null), in active organisations.
    /// </summary>
    public static IQueryable<ApplicationUser> CoordinatorsOf(this AppDbContext db, string? regionId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var role = CoordinatorRoleOf(regionId);
        return from user in db.Users
               join userRole in db.UserRoles on user.Id equals userRole.UserId
               join identityRole in db.Roles on userRole.RoleId equals identityRole.Id
               join organisation in db.Organisations on user.OrganisationId equals organisation.Id
               where identityRole.Name == role && user.DeactivatedAt == null && user.EmailConfirmed
                     && organisation.IsActive && organisation.RegionId == regionId
               select user;
    }

    /// <summary>
    /// The active, activated accounts of the aandachtsfunctionarissen of these municipalities (the gemeente accounts
    /// that settle funding disputes), in active organisations.
    /// </summary>
    public static IQueryable<ApplicationUser> DesignatedOfficersOf(this AppDbContext db, IReadOnlyCollection<string> municipalityCodes)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from user in db.Users
               join userRole in db.UserRoles on user.Id equals userRole.UserId
               join identityRole in db.Roles on userRole.RoleId equals identityRole.Id
               join organisation in db.Organisations on user.OrganisationId equals organisation.Id
               where identityRole.Name == Role.DesignatedOfficer && user.DeactivatedAt == null && user.EmailConfirmed
                     && organisation.IsActive && organisation.MunicipalityCode != null && municipalityCodes.Contains(organisation.MunicipalityCode)
               select user;
    }

    /// <summary>The role whose accounts <see cref="CoordinatorsOf"/> lists for a region (Landelijk: region null).</summary>
    public static string CoordinatorRoleOf(string? regionId) => regionId is null ? Role.National : Role.CareCoordinator;

    /// <summary>
    /// <see cref="CoordinatorsOf"/> ordered by e-mail address, as PostgreSQL SQL for a page that reads it in one batch
    /// with other statements: <c>$1</c> is <see cref="CoordinatorRoleOf"/>, <c>$2</c> the region (may be null); it
    /// answers the id and e-mail address. A test keeps it equal to the query above.
    /// </summary>
    public const string CoordinatorsOfPostgresSql = """
        SELECT u."Id", u."Email"
        FROM "AspNetUsers" AS u
        INNER JOIN "AspNetUserRoles" AS ur ON u."Id" = ur."UserId"
        INNER JOIN "AspNetRoles" AS r ON ur."RoleId" = r."Id"
        INNER JOIN "Organisations" AS o ON u."OrganisationId" = o."Id"
        WHERE r."Name" = $1 AND u."DeactivatedAt" IS NULL AND u."EmailConfirmed" AND o."IsActive" AND o."RegionId" IS NOT DISTINCT FROM $2
        ORDER BY u."Email"
        """;
}
