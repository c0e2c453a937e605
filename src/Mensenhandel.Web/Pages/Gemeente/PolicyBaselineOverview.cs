using Mensenhandel.Data;
using Mensenhandel.Domain.Municipalities;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Gemeente;

/// <summary>
/// The latest policy baseline of every municipality of a region (or of the country), in one query. About
/// municipalities, not people: no suppression needed.
/// </summary>
public static class PolicyBaselineOverview
{
    public sealed record Row(string Code, string Name, string RegionId, PolicyBaselineVersion? Latest);

    public static Task<List<Row>> LatestAsync(AppDbContext db, string? regionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var municipalities = db.Municipalities.AsNoTracking();
        if (regionId is not null) municipalities = municipalities.Where(m => m.RegionId == regionId);
        return municipalities.OrderBy(m => m.Name)
            .Select(m => new Row(m.Code, m.Name, m.RegionId,
                db.PolicyBaselineVersions.Where(v => v.MunicipalityCode == m.Code).OrderByDescending(v => v.Number).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }
}
