using System.Globalization;
using Mensenhandel.Data;
using Mensenhandel.Web.Tests.Infrastructure;

namespace Mensenhandel.Web.Tests.Dashboard;

/// <summary>The development default (SQLite) groups the same narrow columns in memory: same figures, no error.</summary>
public sealed class DashboardSqliteTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mh-dashboard-sqlite-").FullName;

    [Fact]
    public async Task On_SQLite_the_dashboard_shows_the_region_figures()
    {
        await using var portal = new PortalFactory()
            .WithSetting("Database:Provider", nameof(DatabaseProvider.Sqlite))
            .WithSetting("ConnectionStrings:Mensenhandel", $"Data Source={Path.Combine(_directory, "portaal.db")}");
        await portal.InitializeAsync();
        for (var i = 0; i < 6; i++) await portal.SubmitReportAsync("GM0361");
        await portal.SubmitReportAsync("GM0344");
        var client = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);

        var page = await Html.ParseAsync(await client.GetAsync("/dashboard"));

        Assert.Equal("6", page.QuerySelector("#tabel-per-gemeente tfoot td")?.TextContent.Trim());
        // Each test melding names two forms, so the month × form table counts 12 vermeldingen.
        Assert.Equal(12.ToString(CultureInfo.InvariantCulture), page.QuerySelectorAll("#tabel-per-maand tfoot td")[^1].TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#tabel-triagetijd"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
