using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mensenhandel.Data;

/// <summary>
/// The last number handed out in a series (MH for meldingen, CS for casussen) and year. One row per series
/// and year. On SQLite it is the counter itself; on PostgreSQL only the starting point of the year's sequence
/// (<see cref="ReferenceNumbers"/>), and the counter when the portal may not create that sequence.
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

/// <summary>
/// Hands out reference numbers: unique and increasing per series and year, starting at 1 each year.
/// <para>
/// PostgreSQL: one sequence per series and year (<c>"ReferenceNumbers_MH_2026"</c>). <c>nextval</c> holds no
/// lock until commit, so submissions from the whole country no longer queue behind one counter row. The
/// price: a number taken by a transaction that rolls back (a lost race, a failed insert, a retry) is not
/// handed out again, so the numbering can have <b>gaps</b>. Numbers stay unique and increasing; a gap is
/// harmless (a reference is a name, not a count). The sequence is created on first use, outside the storing
/// transaction (<see cref="PrepareAsync"/>), starting after the <see cref="ReferenceCounter"/> row of that
/// series and year, so a database numbered by the counter continues without collisions.
/// </para>
/// <para>
/// SQLite: the counter row, incremented inside the storing transaction (SQLite has one writer anyway), so
/// there a rolled-back record returns its number.
/// </para>
/// The unique index on the reference stays the safety net in both.
/// </summary>
public static class ReferenceNumbers
{
    // Sequences this process knows exist (per database and name): from then on a number is one nextval.
    private static readonly ConcurrentDictionary<string, bool> KnownSequences = new(StringComparer.Ordinal);

    /// <summary>
    /// Makes sure the year's sequence exists (PostgreSQL); call before the storing transaction, because DDL
    /// inside it would keep the catalogue rows locked until commit and make concurrent creators fail the
    /// submission. Costs nothing after the first call per process. Returns false when numbers come from the
    /// counter row instead: on SQLite, or when the database role may not create the sequence
    /// (<c>GRANT CREATE ON SCHEMA public</c> missing, docs/deployment.md).
    /// </summary>
    public static async Task<bool> PrepareAsync(AppDbContext db, string series, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sequence = SequenceName(series, year);
        if (!db.Database.IsNpgsql()) return false;
        if (KnownSequences.ContainsKey(Key(db, sequence))) return true;
        if (db.Database.CurrentTransaction is not null)
            throw new InvalidOperationException("Prepare the reference sequence before the transaction that stores the record.");

        if (!await SequenceExistsAsync(db, sequence, cancellationToken))
        {
            var last = await db.ReferenceCounters.AsNoTracking()
                .Where(c => c.Series == series && c.Year == year)
                .Select(c => (int?)c.LastNumber)
                .SingleOrDefaultAsync(cancellationToken) ?? 0;
            var create = string.Create(CultureInfo.InvariantCulture,
                $"CREATE SEQUENCE IF NOT EXISTS {Quoted(sequence)} AS integer MINVALUE 1 START WITH {last + 1}");
            try
            {
                await db.Database.ExecuteSqlRawAsync(create, cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
            {
                // Another instance created it at the same moment (IF NOT EXISTS does not cover that race): it exists.
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                return false;
            }
        }
        KnownSequences.TryAdd(Key(db, sequence), true);
        return true;
    }

    /// <summary>
    /// The next number of the series and year. Call inside the transaction that stores the record, after
    /// <see cref="PrepareAsync"/>. On PostgreSQL a rolled-back record leaves a gap (see the class); without a
    /// sequence (SQLite, or no right to create one) the counter row is locked until commit and a rolled-back
    /// record returns its number.
    /// </summary>
    public static async Task<int> NextAsync(AppDbContext db, string series, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sequence = SequenceName(series, year);
        if (db.Database.IsNpgsql() && await HasSequenceAsync(db, series, year, sequence, cancellationToken))
        {
            try
            {
                var numbers = await db.Database
                    .SqlQuery<int>($"""SELECT nextval({Quoted(sequence)})::integer AS "Value" """)
                    .ToListAsync(cancellationToken);
                return numbers.Single();
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
            {
                // Dropped behind the portal's back (a restore of an older copy): the next call creates it again.
                KnownSequences.TryRemove(Key(db, sequence), out _);
                throw;
            }
        }
        // Plain SQL that both providers speak: INSERT … ON CONFLICT DO NOTHING and UPDATE … RETURNING.
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "ReferenceCounters" ("Series", "Year", "LastNumber") VALUES ({series}, {year}, 0) ON CONFLICT ("Series", "Year") DO NOTHING""",
            cancellationToken);
        var counted = await db.Database
            .SqlQuery<int>($"""UPDATE "ReferenceCounters" SET "LastNumber" = "LastNumber" + 1 WHERE "Series" = {series} AND "Year" = {year} RETURNING "LastNumber" AS "Value" """)
            .ToListAsync(cancellationToken);
        return counted.Single();
    }

    /// <summary>
    /// PostgreSQL, after <see cref="PrepareAsync"/> returned true: the SQL expression of the next number, for a
    /// caller that takes it in the same round trip as other statements (it is no more transactional than
    /// <see cref="NextAsync"/>'s: a number taken and not stored is a gap). When the statement fails with
    /// <see cref="PostgresErrorCodes.UndefinedTable"/>, call <see cref="SequenceMissing"/>.
    /// </summary>
    public static string NextValueSql(string series, int year) => $"nextval('{Quoted(SequenceName(series, year))}')::integer";

    /// <summary>The sequence was dropped behind the portal's back (a restore of an older copy): the next prepare creates it again.</summary>
    public static void SequenceMissing(AppDbContext db, string series, int year)
    {
        ArgumentNullException.ThrowIfNull(db);
        KnownSequences.TryRemove(Key(db, SequenceName(series, year)), out _);
    }

    /// <summary>
    /// Moves the series and year past numbers that were written without <see cref="NextAsync"/> (bulk-loaded
    /// data): the counter row and, on PostgreSQL, the sequence (created when missing) then continue after
    /// <paramref name="lastNumber"/>. Never moves a series back. Not inside a transaction.
    /// </summary>
    public static async Task MovePastAsync(AppDbContext db, string series, int year, int lastNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfNegative(lastNumber);
        var sequence = SequenceName(series, year);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ReferenceCounters" ("Series", "Year", "LastNumber") VALUES ({series}, {year}, {lastNumber})
            ON CONFLICT ("Series", "Year") DO UPDATE SET "LastNumber" = excluded."LastNumber"
            WHERE excluded."LastNumber" > "ReferenceCounters"."LastNumber"
            """, cancellationToken);
        if (!await PrepareAsync(db, series, year, cancellationToken) || lastNumber == 0) return;
        // The next value of a sequence is last_value + 1 once called, last_value before that.
        var move = string.Create(CultureInfo.InvariantCulture, $"""
            SELECT setval('{Quoted(sequence)}', {lastNumber}) FROM {Quoted(sequence)}
            WHERE CASE WHEN is_called THEN last_value + 1 ELSE last_value END <= {lastNumber}
            """);
        await db.Database.ExecuteSqlRawAsync(move, cancellationToken);
    }

    /// <summary>
    /// The sequence's name, built only from a validated series and year: it goes into DDL, where a name
    /// cannot be a parameter.
    /// </summary>
    public static string SequenceName(string series, int year)
    {
        if (series is not { Length: 2 } || !series.All(char.IsAsciiLetterUpper))
            throw new ArgumentException("A series is two capital letters.", nameof(series));
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        return string.Create(CultureInfo.InvariantCulture, $"ReferenceNumbers_{series}_{year}");
    }

    private static string Quoted(string sequence) => $"\"{sequence}\"";

    /// <summary>One process can talk to several databases (tests, tools): a sequence is known per database.</summary>
    private static string Key(AppDbContext db, string sequence)
    {
        var database = db.Database.GetConnectionString();
        if (database is null)
        {
            var connection = db.Database.GetDbConnection();
            database = $"{connection.DataSource}/{connection.Database}";
        }
        return $"{database}|{sequence}";
    }

    /// <summary>
    /// Whether numbers come from the sequence. Inside a transaction the sequence is never created, only
    /// looked up (another instance may have created it), so a caller that skipped PrepareAsync still never
    /// uses the counter next to an existing sequence.
    /// </summary>
    private static async Task<bool> HasSequenceAsync(AppDbContext db, string series, int year, string sequence, CancellationToken cancellationToken)
    {
        if (KnownSequences.ContainsKey(Key(db, sequence))) return true;
        if (db.Database.CurrentTransaction is null) return await PrepareAsync(db, series, year, cancellationToken);
        if (!await SequenceExistsAsync(db, sequence, cancellationToken)) return false;
        KnownSequences.TryAdd(Key(db, sequence), true);
        return true;
    }

    private static async Task<bool> SequenceExistsAsync(AppDbContext db, string sequence, CancellationToken cancellationToken)
    {
        var found = await db.Database
            .SqlQuery<bool>($"""SELECT to_regclass({Quoted(sequence)}) IS NOT NULL AS "Value" """)
            .ToListAsync(cancellationToken);
        return found.Single();
    }
}
