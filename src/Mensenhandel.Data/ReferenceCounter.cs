using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Data;

/// <summary>
/// The last number handed out in a series (MH for meldingen, CS for casussen) and year. One row per series
/// and year, incremented atomically.
/// </summary>
public sealed class ReferenceCounter
{
    public const string Reports = "MH";
    public const string Cases = "CS";

    private ReferenceCounter() { }

    public string Series { get; private set; } = "";
    public int Year { get; private set; }
    public int LastNumber { get; private set; }
}

public static class ReferenceNumbers
{
    /// <summary>
    /// The next number of the series and year. Call inside the transaction that stores the record: the UPDATE
    /// locks the row until commit (PostgreSQL) or takes the database write lock (SQLite), so concurrent
    /// requests get distinct numbers, and a rolled-back record returns its number.
    /// Plain SQL that both providers speak: INSERT … ON CONFLICT DO NOTHING and UPDATE … RETURNING.
    /// </summary>
    public static async Task<int> NextAsync(AppDbContext db, string series, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "ReferenceCounters" ("Series", "Year", "LastNumber") VALUES ({series}, {year}, 0) ON CONFLICT ("Series", "Year") DO NOTHING""",
            cancellationToken);
        var numbers = await db.Database
            .SqlQuery<int>($"""UPDATE "ReferenceCounters" SET "LastNumber" = "LastNumber" + 1 WHERE "Series" = {series} AND "Year" = {year} RETURNING "LastNumber" AS "Value" """)
            .ToListAsync(cancellationToken);
        return numbers.Single();
    }
}
