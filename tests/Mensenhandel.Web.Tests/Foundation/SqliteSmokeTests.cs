using System.Net;
using Mensenhandel.Data;
using Mensenhandel.Domain.ReferenceData;
using Mensenhandel.Web.Tests.Infrastructure;

namespace Mensenhandel.Web.Tests.Foundation;

/// <summary>The embedded default: the portal boots on a new SQLite file, migrates and seeds it, twice.</summary>
public sealed class SqliteSmokeTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mh-sqlite-").FullName;

    [Fact]
    public async Task The_portal_boots_on_a_new_SQLite_database_and_again_on_the_same_file()
    {
        var connection = $"Data Source={Path.Combine(_directory, "portaal.db")}";

        for (var run = 1; run <= 2; run++)
        {
            await using var portal = new PortalFactory()
                .WithSetting("Database:Provider", nameof(DatabaseProvider.Sqlite))
                .WithSetting("ConnectionStrings:Mensenhandel", connection);
            await portal.InitializeAsync();
            var client = portal.CreatePortalClient();

            var start = await client.GetAsync("/");
            var ready = await client.GetAsync("/health/ready");

            Assert.Equal(HttpStatusCode.OK, start.StatusCode);
            Assert.Contains("Mensenhandel signaleren", await start.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal(342, await portal.CountAsync<Municipality>());
            Assert.Equal("Microsoft.EntityFrameworkCore.Sqlite", await portal.WithDbAsync(db => Task.FromResult(db.Database.ProviderName)));
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
