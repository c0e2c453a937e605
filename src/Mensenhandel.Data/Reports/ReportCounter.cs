using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Data.Reports;

/// <summary>The last reference number handed out in a year. One row per year, incremented atomically.</summary>
public sealed class ReportCounter
{
    private ReportCounter() { }

    public int Year { get; private set; }
    public int LastNumber { get; private set; }
}

public static class ReportNumbers
{
    /// <summary>
    /// The next number of the year. Call inside the transaction that stores the melding: the UPDATE locks the
    /// year's row until commit (PostgreSQL) or takes the database write lock (SQLite), so concurrent
    /// submissions get distinct numbers, and a rolled-back melding returns its number.
    /// Plain SQL that both providers speak: INSERT … ON CONFLICT DO NOTHING and UPDATE … RETURNING.
    /// </summary>
    public static async Task<int> NextAsync(AppDbContext db, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "ReportCounters" ("Year", "LastNumber") VALUES ({year}, 0) ON CONFLICT ("Year") DO NOTHING""",
            cancellationToken);
        var numbers = await db.Database
            .SqlQuery<int>($"""UPDATE "ReportCounters" SET "LastNumber" = "LastNumber" + 1 WHERE "Year" = {year} RETURNING "LastNumber" AS "Value" """)
            .ToListAsync(cancellationToken);
        return numbers.Single();
    }
}
