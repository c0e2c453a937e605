using Mensenhandel.Data;
using Mensenhandel.Data.Privacy;
using Microsoft.Data.Sqlite;
using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Pages.Account;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Infrastructure;

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string DefaultPostgresConnection = "Host=localhost;Port=5432;Database=mensenhandel;Username=mensenhandel";
    public const string DefaultSqliteConnection = "Data Source=App_Data/mensenhandel.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up. Always on in Development; production uses the migration script.</summary>
    public bool MigrateOnStartup { get; set; }
}

internal static class DatabaseSetup
{
    public static void AddPortalDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddSingleton(options);

        var connectionString = ResolveConnectionString(
            builder.Configuration.GetConnectionString("Mensenhandel"), options.Provider, builder.Environment.ContentRootPath);
        // Pooled: a request leases a context that EF has already set up (its internal services, change tracker
        // and options) instead of building a new one per scope; EF resets its state when it is returned.
        builder.Services.AddDbContextPool<AppDbContext>((services, db) => db
            .UseMensenhandelDatabase(options.Provider, connectionString)
            .UseFieldProtection(services.GetRequiredService<FieldProtection>())
            .UseClock(services.GetRequiredService<TimeProvider>()));
    }

    /// <summary>
    /// Defaults per provider, so that switching to PostgreSQL is one setting (<c>Database__Provider=Postgres</c>);
    /// a relative SQLite path is taken from the content root, wherever the command was started.
    /// </summary>
    internal static string ResolveConnectionString(string? configured, DatabaseProvider provider, string contentRoot)
    {
        if (provider == DatabaseProvider.Postgres)
            return WithConnectionDefaults(string.IsNullOrWhiteSpace(configured) ? DatabaseOptions.DefaultPostgresConnection : configured);

        var sqlite = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DatabaseOptions.DefaultSqliteConnection : configured);
        if (sqlite.DataSource != ":memory:" && !Path.IsPathRooted(sqlite.DataSource))
        {
            sqlite.DataSource = Path.Combine(contentRoot, sqlite.DataSource);
        }
        if (sqlite.DataSource != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(sqlite.DataSource)!);
        }
        return sqlite.ToString();
    }

    /// <summary>
    /// Connection defaults for a portal that runs the same few statements thousands of times; an operator's own
    /// setting of either keyword wins.
    /// <list type="bullet">
    /// <item>Npgsql prepares a statement on a connection once it has been used twice there, so PostgreSQL parses
    /// and plans it once instead of on every request (half of PostgreSQL's work per queue page, docs/performance.md).</item>
    /// <item>No reset when a connection goes back to the pool: a request opens and closes its pooled connection
    /// several times, and each reuse made PostgreSQL run Npgsql's reset statements first. The portal leaves no
    /// session state behind (no SET, session advisory locks, LISTEN or temporary tables on pooled connections:
    /// its advisory locks are transaction-scoped), so there is nothing to reset.</item>
    /// </list>
    /// </summary>
    internal static string WithConnectionDefaults(string connectionString)
    {
        // The plain builder tells which keys the string names (Npgsql's own knows every keyword).
        var named = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var npgsql = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!named.ContainsKey("Max Auto Prepare") && !named.ContainsKey("MaxAutoPrepare"))
        {
            npgsql.MaxAutoPrepare = 200;
            if (!named.ContainsKey("Auto Prepare Min Usages") && !named.ContainsKey("AutoPrepareMinUsages")) npgsql.AutoPrepareMinUsages = 2;
        }
        if (!named.ContainsKey("No Reset On Close") && !named.ContainsKey("NoResetOnClose")) npgsql.NoResetOnClose = true;
        return npgsql.ConnectionString;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        var keys = app.Services.GetRequiredService<Mensenhandel.Web.Privacy.FieldKeyOrigin>();
        var protection = app.Services.GetRequiredService<Mensenhandel.Data.Privacy.FieldProtection>();
        if (keys.Description == Mensenhandel.Web.Privacy.FieldEncryptionSetup.DevelopmentKeyFile)
            app.Logger.LogWarning("Field encryption uses the Development keys in {KeyFile} (generated on first run, git-ignored); configure Encryption:* elsewhere", keys.Description);
        app.Logger.LogInformation("Field encryption active with key {ActiveKeyId} ({KeyCount} keys configured)", protection.Cipher.ActiveKeyId, protection.Cipher.KeyIds.Count);
        if (KeyRingProtection.IsConfigured(app.Configuration))
            app.Logger.LogInformation("Data Protection keys are encrypted with the certificate of {Setting}", $"{KeyRingProtection.Section}:Certificate");
        else if (!app.Environment.IsDevelopment())
            app.Logger.LogWarning("{Setting} is not set: the Data Protection keys in the database are stored unencrypted", $"{KeyRingProtection.Section}:Certificate");
        if (!app.Environment.IsDevelopment() && !options.MigrateOnStartup) return;

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var pending = await db.Database.GetPendingMigrationsAsync();
        var encryptsNow = db.Database.GetAppliedMigrations().Any() && pending.Any(m => m.EndsWith("_Privacy", StringComparison.Ordinal));
        await db.Database.MigrateAsync();
        app.Logger.LogInformation("Database migrated ({Provider})", options.Provider);
        if (encryptsNow)
        {
            // Data step of the Privacy migration, kept out of the generated migration: encrypt what was plaintext.
            var outcome = await scope.ServiceProvider.GetRequiredService<Mensenhandel.Web.Privacy.FieldKeyRotation>().EncryptPlaintextAsync();
            app.Logger.LogInformation("Existing values encrypted: {Rewritten} ({Failed} failures)", outcome.Rewritten, outcome.Failed);
        }

        if (app.Environment.IsDevelopment() && scope.ServiceProvider.GetRequiredService<DemoOptions>().Seed)
        {
            await DemoData.SeedAsync(scope.ServiceProvider, app.Services.GetRequiredService<TimeProvider>());
            app.Logger.LogInformation("Development demo data present");
        }
    }
}
