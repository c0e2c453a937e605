using Mensenhandel.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mensenhandel.Web.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests run on (MENSENHANDEL_TEST_POSTGRES, set by tests/run.sh). The migrations
/// are applied once to a template database; every portal instance in a test gets its own copy of it
/// (CREATE DATABASE … TEMPLATE), which takes milliseconds and keeps test classes independent.
/// </summary>
public static class TestDatabase
{
    public const string EnvironmentVariable = "MENSENHANDEL_TEST_POSTGRES";

    private static readonly string RunId = Guid.NewGuid().ToString("N")[..8];
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _templateName;

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set. Run the tests with tests/run.sh, which starts a throwaway PostgreSQL, " +
                $"or point {EnvironmentVariable} at a server where this user may create databases.");

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, Pooling = true }.ConnectionString;

    /// <summary>Creates a fresh, migrated database and returns its name.</summary>
    public static async Task<string> CreateAsync()
    {
        var template = await EnsureTemplateAsync();
        var name = $"mh_{RunId}_{Guid.NewGuid():N}"[..40];
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return name;
    }

    public static async Task DropAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private static async Task<string> EnsureTemplateAsync()
    {
        if (_templateName is not null) return _templateName;
        await TemplateLock.WaitAsync();
        try
        {
            if (_templateName is not null) return _templateName;
            var name = $"mh_template_{RunId}";
            await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");

            var options = new DbContextOptionsBuilder<AppDbContext>();
            options.UseMensenhandelDatabase(DatabaseProvider.Postgres, ConnectionStringFor(name));
            await using (var db = new AppDbContext(options.Options))
            {
                await db.Database.MigrateAsync();
            }
            // A template must have no open connections when it is copied.
            NpgsqlConnection.ClearAllPools();
            _templateName = name;
            return name;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
