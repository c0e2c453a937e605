using System.Diagnostics;
using System.Globalization;
using Mensenhandel.Data;
using Mensenhandel.Data.Statistics;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Benchmarks;
using Mensenhandel.Web.Pages.Dashboard;
using Microsoft.EntityFrameworkCore;
using Npgsql;

// Dashboard benchmark: builds (once) a PostgreSQL database with 1,000,000 meldingen and times the dashboard's own
// queries (DashboardFigures.ComputeAsync, the code the page runs) for the national and a regional view. First it
// drops the pre-aggregated facts and times counting every month again (a fresh install's first view), then every
// view is computed fresh (facts of closed months + the current month live) and from the short-lived cache.
// Usage: dotnet run -c Release --project tests/Mensenhandel.DashboardBenchmark -- "<server connection string>" [meldingen] [runs]
// Not a test: it prints numbers for docs/performance.md.
var server = args.Length > 0 ? args[0] : Environment.GetEnvironmentVariable("MENSENHANDEL_TEST_POSTGRES")
    ?? throw new InvalidOperationException("Give a PostgreSQL connection string (a user that may create databases).");
var reports = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7;
var database = string.Create(CultureInfo.InvariantCulture, $"mh_bench_dashboard_{reports}");
var connection = new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 600 }.ConnectionString;

await using (var admin = new NpgsqlConnection(server))
{
    await admin.OpenAsync();
    await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{database}'", admin);
    if (await exists.ExecuteScalarAsync() is null)
    {
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
        await create.ExecuteNonQueryAsync();
    }
}

var builder = new DbContextOptionsBuilder<AppDbContext>();
builder.UseMensenhandelDatabase(DatabaseProvider.Postgres, connection);
var options = builder.Options;
await using (var db = new AppDbContext(options))
{
    db.Database.SetCommandTimeout(TimeSpan.FromMinutes(20));
    await db.Database.MigrateAsync();
    if (!await db.Reports.AnyAsync())
    {
        var seeding = Stopwatch.StartNew();
        await db.Database.ExecuteSqlRawAsync(DashboardBenchmarkSql.Reports(reports));
        await db.Database.ExecuteSqlRawAsync(DashboardBenchmarkSql.Cases(reports / 10));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {reports:N0} meldingen and {reports / 10:N0} casussen in {seeding.Elapsed.TotalSeconds:0} s"));
    }
}

var now = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
var period = DashboardPeriod.Choose("24m", now);
// The generated meldingen end on 1 November, so on this day the current (live) month is October, a full month.
var midOctober = new DateTimeOffset(2026, 10, 31, 12, 0, 0, TimeSpan.Zero);
await using (var db = new AppDbContext(options))
{
    db.Database.SetCommandTimeout(TimeSpan.FromMinutes(20));
    await db.ReportMonthlyFacts.ExecuteDeleteAsync();
    await db.ReportFactMonths.ExecuteDeleteAsync();
    var counting = Stopwatch.StartNew();
    await new ReportFacts(db).EnsureAsync([.. period.Months().Where(m => m < now)], now, CancellationToken.None);
    var seconds = counting.Elapsed.TotalSeconds;
    var rows = await db.ReportMonthlyFacts.CountAsync();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"counted the facts of {period.Months().Count} months (a fresh install's first view) in {seconds:0.0} s: {rows:N0} rows"));
}
var views = new (string Name, DashboardScope Scope)[]
{
    ("landelijk, 24 maanden", new(null, period, null, null, now)),
    ("landelijk, 24 maanden, lopende maand vol (31 oktober)", new(null, DashboardPeriod.Choose("24m", midOctober), null, null, midOctober)),
    ("landelijk, 24 maanden, arbeidsuitbuiting", new(null, period, ExploitationForm.Labour, null, now)),
    ("regio Noord-Holland, 24 maanden", new("RE04", period, null, null, now)),
    ("regio Noord-Holland, gemeente Alkmaar", new("RE04", period, null, "GM0361", now)),
};
using var cache = new Microsoft.Extensions.Caching.Memory.MemoryCache(new Microsoft.Extensions.Caching.Memory.MemoryCacheOptions());
Console.WriteLine("| view | computed: median ms | computed: max ms | cached: median ms |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var (name, scope) in views)
{
    var times = new List<double>();
    for (var run = 0; run <= runs; run++)
    {
        await using var db = new AppDbContext(options);
        var watch = Stopwatch.StartNew();
        var result = await new DashboardFigures(db, cache).ComputeFreshAsync(scope, CancellationToken.None);
        watch.Stop();
        if (result.Tables.Count == 0 && !result.TooFew) throw new InvalidOperationException("no figures");
        if (run > 0) times.Add(watch.Elapsed.TotalMilliseconds); // run 0 warms up connection and plan caches
    }
    times.Sort();
    var cachedTimes = new List<double>();
    for (var run = 0; run <= runs; run++)
    {
        await using var db = new AppDbContext(options);
        var watch = Stopwatch.StartNew();
        await new DashboardFigures(db, cache).ComputeAsync(scope, CancellationToken.None);
        watch.Stop();
        if (run > 0) cachedTimes.Add(watch.Elapsed.TotalMilliseconds); // run 0 fills the cache
    }
    cachedTimes.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {times[times.Count / 2]:0} | {times[^1]:0} | {cachedTimes[cachedTimes.Count / 2]:0.00} |"));
}
