using System.Linq.Expressions;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Organisations;
using Mensenhandel.Domain.Reports;

namespace Mensenhandel.Web.Authorization;

/// <summary>
/// Which records feed a user's dashboard figures: the own coordination region for aandachtsfunctionarissen and
/// zorgcoördinatoren, the whole country (optionally one region) for Landelijk, nothing for anyone else. The figures
/// are counts only and always pass through suppression; this rule decides which rows are counted at all.
/// </summary>
public static class DashboardAccess
{
    /// <summary>The region the user's figures are limited to; null means the whole country. False: no dashboard.</summary>
    public static bool TryScope(PortalUser? me, string? requestedRegionId, out string? regionId)
    {
        regionId = null;
        switch (me?.Role)
        {
            case Role.CareCoordinator or Role.DesignatedOfficer when me.RegionId is not null:
                regionId = me.RegionId;
                return true;
            case Role.National:
                regionId = requestedRegionId;
                return true;
            default:
                return false;
        }
    }

    public static IQueryable<Report> InScope(this IQueryable<Report> reports, string? regionId) =>
        regionId is null ? reports : reports.Where(Reports(regionId));

    public static IQueryable<Case> InScope(this IQueryable<Case> cases, string? regionId) =>
        regionId is null ? cases : cases.Where(Cases(regionId));

    private static Expression<Func<Report, bool>> Reports(string regionId) => r => r.RegionId == regionId;

    private static Expression<Func<Case, bool>> Cases(string regionId) => c => c.RegionId == regionId;
}
