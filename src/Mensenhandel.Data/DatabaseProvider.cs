using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseProviderExtensions
{
    public const string PostgresMigrationsAssembly = "Mensenhandel.Migrations.Postgres";
    public const string SqliteMigrationsAssembly = "Mensenhandel.Migrations.Sqlite";

    /// <summary>Points the context at the provider and at that provider's own migration set.</summary>
    public static DbContextOptionsBuilder UseMensenhandelDatabase(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, Privacy.ProtectedModelCacheKeyFactory>();
        return provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsAssembly(PostgresMigrationsAssembly)
                .EnableRetryOnFailure(maxRetryCount: 3)),
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, sqlite => sqlite
                .MigrationsAssembly(SqliteMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }
}
