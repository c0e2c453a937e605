using System.Globalization;
using Mensenhandel.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Mensenhandel.Domain.Calendar;

namespace Mensenhandel.Data.Statistics;

/// <summary>
/// Computes <see cref="ReportMonthlyFact"/> rows from the meldingen: stored per closed month (recomputed as a whole,
/// delete and insert in one transaction) or read live for the current month. On PostgreSQL the grouping is one
/// <c>INSERT … SELECT … GROUP BY</c>; on SQLite (development only) the same grouping runs in memory.
/// </summary>
public sealed class ReportFacts(AppDbContext db)
{
    private bool InMemory => db.Database.IsSqlite();

    /// <summary>Computes the months that have no computed mark yet (a fresh install, or changed since).</summary>
    public async Task EnsureAsync(IReadOnlyCollection<DateTimeOffset> months, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(months);
        if (months.Count == 0) return;
        var first = months.Min();
        var last = months.Max();
        var computed = await db.ReportFactMonths.AsNoTracking().Where(m => m.Month >= first && m.Month <= last)
            .Select(m => m.Month).ToListAsync(cancellationToken);
        foreach (var month in months.Except(computed).Order())
            await RecomputeAsync(month, now, onlyIfMissing: true, cancellationToken);
    }

    /// <summary>Replaces the facts of one month by a fresh count of its meldingen.</summary>
    public async Task RecomputeAsync(DateTimeOffset month, DateTimeOffset now, bool onlyIfMissing, CancellationToken cancellationToken)
    {
        month = DutchMonths.Of(month);
        var next = DutchMonths.Add(month, 1);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // One computation at a time across instances, so two first views never insert a month twice.
            if (!InMemory) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(20261123)", cancellationToken);
            if (onlyIfMissing && await db.ReportFactMonths.AnyAsync(m => m.Month == month, cancellationToken)) return;
            await db.ReportMonthlyFacts.Where(f => f.Month == month).ExecuteDeleteAsync(cancellationToken);
            await db.ReportFactMonths.Where(m => m.Month == month).ExecuteDeleteAsync(cancellationToken);
            if (InMemory) db.ReportMonthlyFacts.AddRange(await GroupInMemoryAsync(month, next, null, cancellationToken));
            else await db.Database.ExecuteSqlRawAsync(InsertSql, [month, next], cancellationToken);
            db.ReportFactMonths.Add(new ReportFactMonth(month, now));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        });
    }

    private static readonly string InsertSql = $"""
        INSERT INTO "ReportMonthlyFacts" ("Kind", "Month", "RegionId", "MunicipalityCode", "FormMask", "ReporterSector", "Flag", "TriageHours", "Count")
        {GroupSql(regionFilter: false)}
        """;

    /// <summary>The facts of [from, to) counted now from the meldingen, not stored: the current month.</summary>
    public async Task<List<ReportMonthlyFact>> GroupAsync(DateTimeOffset from, DateTimeOffset to, string? regionId, CancellationToken cancellationToken)
    {
        if (InMemory) return await GroupInMemoryAsync(from, to, regionId, cancellationToken);
        var sql = $"""SELECT 0::bigint AS "Id", g.* FROM ({GroupSql(regionFilter: regionId is not null)}) g""";
        object[] parameters = regionId is null ? [from, to] : [from, to, regionId];
        return await db.ReportMonthlyFacts.FromSqlRaw(sql, parameters).AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>
    /// One pass over the meldingen of [{0}, {1}) (and region {2}), one UNION part per kind. Month, form bits and
    /// whole hours are computed as the row-based dashboard queries compute them (Dutch calendar month, floor of the hours).
    /// </summary>
    private static string GroupSql(bool regionFilter)
    {
        var bits = string.Join(" ", Enum.GetValues<ExploitationForm>().Select(f =>
            string.Create(CultureInfo.InvariantCulture, $"WHEN '{f}' THEN {ReportMonthlyFact.Bit(f)}")));
        return $"""
            WITH r AS (
                SELECT date_trunc('month', r."SubmittedAt", '{DutchMonths.TimeZoneId}') AS "Month", r."RegionId", r."MunicipalityCode", r."ReporterSector",
                    r."VictimPossiblyMinor", r."AcuteDanger",
                    floor(date_part('epoch', r."TriagedAt" - r."SubmittedAt") / 3600.0)::int AS hours,
                    coalesce((SELECT bit_or(CASE f."Form" {bits} ELSE 0 END) FROM "ReportForms" f WHERE f."ReportId" = r."Id"), 0) AS mask
                FROM "Reports" r
                WHERE r."SubmittedAt" >= {"{0}"} AND r."SubmittedAt" < {"{1}"}{(regionFilter ? """ AND r."RegionId" = {2}""" : "")})
            SELECT '{ReportFactKind.Area}' AS "Kind", "Month", "RegionId", "MunicipalityCode", mask AS "FormMask",
                NULL::varchar AS "ReporterSector", NULL::boolean AS "Flag", NULL::int AS "TriageHours", count(*)::int AS "Count"
                FROM r GROUP BY "Month", "RegionId", "MunicipalityCode", mask
            UNION ALL SELECT '{ReportFactKind.Sector}', "Month", "RegionId", NULL, mask, "ReporterSector", NULL, NULL, count(*)::int
                FROM r GROUP BY "Month", "RegionId", mask, "ReporterSector"
            UNION ALL SELECT '{ReportFactKind.PossiblyMinor}', "Month", "RegionId", NULL, mask, NULL, "VictimPossiblyMinor", NULL, count(*)::int
                FROM r GROUP BY "Month", "RegionId", mask, "VictimPossiblyMinor"
            UNION ALL SELECT '{ReportFactKind.AcuteDanger}', "Month", "RegionId", NULL, mask, NULL, "AcuteDanger", NULL, count(*)::int
                FROM r GROUP BY "Month", "RegionId", mask, "AcuteDanger"
            UNION ALL SELECT '{ReportFactKind.TriageHours}', "Month", "RegionId", NULL, mask, NULL, NULL, hours, count(*)::int
                FROM r WHERE hours IS NOT NULL GROUP BY "Month", "RegionId", mask, hours
            """;
    }

    private async Task<List<ReportMonthlyFact>> GroupInMemoryAsync(DateTimeOffset from, DateTimeOffset to, string? regionId, CancellationToken cancellationToken)
    {
        var reports = db.Reports.AsNoTracking().Where(r => r.SubmittedAt >= from && r.SubmittedAt < to);
        if (regionId is not null) reports = reports.Where(r => r.RegionId == regionId);
        var rows = (await reports.Select(r => new
        {
            r.SubmittedAt, r.TriagedAt, r.RegionId, r.MunicipalityCode, r.ReporterSector, r.VictimPossiblyMinor, r.AcuteDanger,
            Forms = r.Forms.Select(f => f.Form).ToList(),
        }).ToListAsync(cancellationToken)).Select(r => new
        {
            Month = DutchMonths.Of(r.SubmittedAt), r.RegionId, r.MunicipalityCode, r.ReporterSector, r.VictimPossiblyMinor, r.AcuteDanger,
            Hours = r.TriagedAt is { } triaged ? (int?)Math.Floor((triaged - r.SubmittedAt).TotalHours) : null,
            Mask = r.Forms.Aggregate(0, (mask, form) => mask | ReportMonthlyFact.Bit(form)),
        }).ToList();
        return
        [
            .. rows.GroupBy(r => (r.Month, r.RegionId, r.MunicipalityCode, r.Mask)).Select(g =>
                new ReportMonthlyFact(g.Key.Month, ReportFactKind.Area, g.Key.RegionId, g.Key.MunicipalityCode, g.Key.Mask, null, null, null, g.Count())),
            .. rows.GroupBy(r => (r.Month, r.RegionId, r.Mask, r.ReporterSector)).Select(g =>
                new ReportMonthlyFact(g.Key.Month, ReportFactKind.Sector, g.Key.RegionId, null, g.Key.Mask, g.Key.ReporterSector, null, null, g.Count())),
            .. rows.GroupBy(r => (r.Month, r.RegionId, r.Mask, r.VictimPossiblyMinor)).Select(g =>
                new ReportMonthlyFact(g.Key.Month, ReportFactKind.PossiblyMinor, g.Key.RegionId, null, g.Key.Mask, null, g.Key.VictimPossiblyMinor, null, g.Count())),
            .. rows.GroupBy(r => (r.Month, r.RegionId, r.Mask, r.AcuteDanger)).Select(g =>
                new ReportMonthlyFact(g.Key.Month, ReportFactKind.AcuteDanger, g.Key.RegionId, null, g.Key.Mask, null, g.Key.AcuteDanger, null, g.Count())),
            .. rows.Where(r => r.Hours is not null).GroupBy(r => (r.Month, r.RegionId, r.Mask, r.Hours)).Select(g =>
                new ReportMonthlyFact(g.Key.Month, ReportFactKind.TriageHours, g.Key.RegionId, null, g.Key.Mask, null, null, g.Key.Hours, g.Count())),
        ];
    }
}
