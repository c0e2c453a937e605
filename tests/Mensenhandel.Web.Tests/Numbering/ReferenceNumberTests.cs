using Mensenhandel.Data;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mensenhandel.Web.Tests.Numbering;

/// <summary>
/// Reference numbers on PostgreSQL come from one sequence per series and year: unique under concurrency,
/// without a row lock held to commit, continuing an existing counter, starting again each year.
/// Every test gets its own database.
/// </summary>
public sealed class ReferenceNumberTests : IAsyncLifetime
{
    private string _database = "";

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public Task DisposeAsync() => TestDatabase.DropAsync(_database);

    [Fact]
    public async Task Two_hundred_concurrent_submissions_each_in_its_own_transaction_get_two_hundred_distinct_numbers()
    {
        var numbers = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => TakeNumberAsync(ReferenceCounter.Reports, 2031))));

        Assert.Equal(200, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 200), numbers.Order()); // nothing rolled back, so nothing skipped
        Assert.True(await SequenceExistsAsync("ReferenceNumbers_MH_2031"));
    }

    [Fact]
    public async Task A_number_taken_in_a_transaction_that_is_still_open_does_not_hold_up_the_next_submission()
    {
        await using var first = Database();
        await ReferenceNumbers.PrepareAsync(first, ReferenceCounter.Reports, 2032);
        await first.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var open = await first.Database.BeginTransactionAsync();
            var taken = await ReferenceNumbers.NextAsync(first, ReferenceCounter.Reports, 2032);

            // With a lock held to commit the second one would wait for the first and give up after the lock timeout.
            var next = await TakeNumberAsync(ReferenceCounter.Reports, 2032, lockTimeoutMilliseconds: 1000);

            Assert.Equal(taken + 1, next);
            await open.CommitAsync();
        });
    }

    [Fact]
    public async Task A_database_whose_counter_says_41_continues_at_42()
    {
        await using (var db = Database())
        {
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "ReferenceCounters" ("Series", "Year", "LastNumber") VALUES ('CS', 2033, 41)""");
        }

        Assert.Equal(42, await TakeNumberAsync(ReferenceCounter.Cases, 2033));
        Assert.Equal(43, await TakeNumberAsync(ReferenceCounter.Cases, 2033));
    }

    [Fact]
    public async Task A_rolled_back_submission_leaves_a_gap_and_the_next_number_does_not_collide()
    {
        var kept = await TakeNumberAsync(ReferenceCounter.Reports, 2034);
        var rolledBack = await TakeNumberAsync(ReferenceCounter.Reports, 2034, commit: false);
        var next = await TakeNumberAsync(ReferenceCounter.Reports, 2034);

        Assert.Equal(kept + 1, rolledBack);
        Assert.Equal(rolledBack + 1, next);
    }

    [Fact]
    public async Task A_new_year_starts_at_1_and_the_old_year_continues()
    {
        for (var i = 0; i < 3; i++) await TakeNumberAsync(ReferenceCounter.Reports, 2035);

        Assert.Equal(1, await TakeNumberAsync(ReferenceCounter.Reports, 2036));
        Assert.Equal(2, await TakeNumberAsync(ReferenceCounter.Reports, 2036));
        Assert.Equal(4, await TakeNumberAsync(ReferenceCounter.Reports, 2035));
    }

    [Fact]
    public async Task Bulk_loaded_numbers_move_the_sequence_past_them_but_never_back()
    {
        await TakeNumberAsync(ReferenceCounter.Cases, 2037);
        await using (var db = Database())
        {
            await ReferenceNumbers.MovePastAsync(db, ReferenceCounter.Cases, 2037, 100);
            await ReferenceNumbers.MovePastAsync(db, ReferenceCounter.Cases, 2037, 50);
            await ReferenceNumbers.MovePastAsync(db, ReferenceCounter.Cases, 2038, 7); // no sequence yet: created after 7
        }

        Assert.Equal(101, await TakeNumberAsync(ReferenceCounter.Cases, 2037));
        Assert.Equal(8, await TakeNumberAsync(ReferenceCounter.Cases, 2038));
    }

    [Fact]
    public async Task Two_instances_creating_the_same_sequence_at_once_both_succeed()
    {
        // Instances are simulated by distinct connection strings: each has its own pool and its own memory of known sequences.
        var numbers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await using var db = Database(applicationName: $"instance-{i}");
            var prepared = await ReferenceNumbers.PrepareAsync(db, ReferenceCounter.Reports, 2039);
            return (prepared, number: await ReferenceNumbers.NextAsync(db, ReferenceCounter.Reports, 2039));
        })));

        Assert.All(numbers, n => Assert.True(n.prepared));
        Assert.Equal(Enumerable.Range(1, 8), numbers.Select(n => n.number).Order());
    }

    [Fact]
    public async Task A_role_that_may_not_create_sequences_still_gets_unique_numbers_from_the_counter()
    {
        var role = $"mh_dml_{Guid.NewGuid():N}"[..24];
        var grants = $"""
            CREATE ROLE "{role}" LOGIN;
            REVOKE CREATE ON SCHEMA public FROM PUBLIC;
            GRANT USAGE ON SCHEMA public TO "{role}";
            GRANT SELECT, INSERT, UPDATE ON "ReferenceCounters" TO "{role}";
            """;
        await using (var owner = Database()) await owner.Database.ExecuteSqlRawAsync(grants);
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(ConnectionString()) { Username = role }.ConnectionString;
            await using var app = Context(connection);

            Assert.False(await ReferenceNumbers.PrepareAsync(app, ReferenceCounter.Reports, 2040));
            var numbers = new List<int>();
            for (var i = 0; i < 3; i++) numbers.Add(await ReferenceNumbers.NextAsync(app, ReferenceCounter.Reports, 2040));

            Assert.Equal([1, 2, 3], numbers);
            Assert.False(await SequenceExistsAsync("ReferenceNumbers_MH_2040"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            var revoke = $"""DROP OWNED BY "{role}"; DROP ROLE "{role}";""";
            await using var owner = Database();
            await owner.Database.ExecuteSqlRawAsync(revoke);
        }
    }

    [Theory]
    [InlineData("mh")]
    [InlineData("M\"H")]
    [InlineData("MHX")]
    [InlineData("M1")]
    public void A_series_that_is_not_two_capital_letters_never_reaches_the_sql(string series)
    {
        Assert.Throws<ArgumentException>(() => ReferenceNumbers.SequenceName(series, 2026));
    }

    [Fact]
    public void The_sequence_name_holds_the_series_and_the_year()
    {
        Assert.Equal("ReferenceNumbers_MH_2026", ReferenceNumbers.SequenceName(ReferenceCounter.Reports, 2026));
    }

    /// <summary>What a submission does: prepare outside, take the number inside the storing transaction.</summary>
    private async Task<int> TakeNumberAsync(string series, int year, bool commit = true, int? lockTimeoutMilliseconds = null)
    {
        await using var db = Database(lockTimeoutMilliseconds: lockTimeoutMilliseconds);
        await ReferenceNumbers.PrepareAsync(db, series, year);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var number = await ReferenceNumbers.NextAsync(db, series, year);
            if (commit) await transaction.CommitAsync(); else await transaction.RollbackAsync();
            return number;
        });
    }

    private async Task<bool> SequenceExistsAsync(string name)
    {
        await using var db = Database();
        return (await db.Database.SqlQuery<bool>($"""SELECT to_regclass({'"' + name + '"'}) IS NOT NULL AS "Value" """).ToListAsync()).Single();
    }

    private string ConnectionString() =>
        // Fewer connections than submissions: they queue for the pool, as requests do in the portal.
        new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionStringFor(_database)) { MaxPoolSize = 32 }.ConnectionString;

    private AppDbContext Database(int? lockTimeoutMilliseconds = null, string? applicationName = null)
    {
        var connection = new NpgsqlConnectionStringBuilder(ConnectionString());
        if (lockTimeoutMilliseconds is { } timeout) connection.Options = $"-c lock_timeout={timeout}";
        if (applicationName is not null) connection.ApplicationName = applicationName;
        return Context(connection.ConnectionString);
    }

    private static AppDbContext Context(string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseMensenhandelDatabase(DatabaseProvider.Postgres, connectionString);
        return new AppDbContext(options.Options);
    }
}

/// <summary>SQLite (one writer anyway) keeps the counter row: a rolled-back number is handed out again.</summary>
public sealed class ReferenceNumberSqliteTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mh-numbers-sqlite-").FullName;

    public async Task InitializeAsync()
    {
        await using var db = Database();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task On_SQLite_the_counter_row_numbers_without_gaps_and_each_year_starts_at_1()
    {
        var first = await TakeNumberAsync(2026);
        var rolledBack = await TakeNumberAsync(2026, commit: false);
        var second = await TakeNumberAsync(2026);
        var nextYear = await TakeNumberAsync(2027);

        Assert.Equal([1, 2, 2, 1], new[] { first, rolledBack, second, nextYear });
        await using var db = Database();
        Assert.Equal(2, await db.ReferenceCounters.Where(c => c.Series == ReferenceCounter.Reports && c.Year == 2026).Select(c => c.LastNumber).SingleAsync());
        Assert.False(await ReferenceNumbers.PrepareAsync(db, ReferenceCounter.Reports, 2026));
    }

    [Fact]
    public async Task On_SQLite_bulk_loaded_numbers_move_the_counter_past_them_but_never_back()
    {
        await using (var db = Database())
        {
            await ReferenceNumbers.MovePastAsync(db, ReferenceCounter.Cases, 2026, 30);
            await ReferenceNumbers.MovePastAsync(db, ReferenceCounter.Cases, 2026, 10);
        }

        Assert.Equal(31, await TakeNumberAsync(2026, ReferenceCounter.Cases));
    }

    private async Task<int> TakeNumberAsync(int year, string series = ReferenceCounter.Reports, bool commit = true)
    {
        await using var db = Database();
        await ReferenceNumbers.PrepareAsync(db, series, year);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var number = await ReferenceNumbers.NextAsync(db, series, year);
        if (commit) await transaction.CommitAsync(); else await transaction.RollbackAsync();
        return number;
    }

    private AppDbContext Database()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseMensenhandelDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_directory, "portaal.db")}");
        return new AppDbContext(options.Options);
    }
}
