using Mensenhandel.Data;
using Mensenhandel.Domain.ReferenceData;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Tests.Foundation;

public sealed class DatabaseTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_tests_really_run_on_PostgreSQL()
    {
        var provider = await portal.WithDbAsync(db => Task.FromResult(db.Database.ProviderName));
        var version = await portal.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT version() AS \"Value\"").SingleAsync());

        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", provider);
        Assert.StartsWith("PostgreSQL", version);
    }

    [Fact]
    public async Task The_portal_prepares_its_statements_and_skips_connection_resets_unless_the_operator_says_otherwise()
    {
        var portalConnection = await portal.WithDbAsync(db => Task.FromResult(new Npgsql.NpgsqlConnectionStringBuilder(db.Database.GetConnectionString())));
        var chosen = new Npgsql.NpgsqlConnectionStringBuilder(
            Mensenhandel.Web.Infrastructure.DatabaseSetup.WithConnectionDefaults("Host=db;Max Auto Prepare=0;No Reset On Close=false"));
        var defaulted = new Npgsql.NpgsqlConnectionStringBuilder(Mensenhandel.Web.Infrastructure.DatabaseSetup.WithConnectionDefaults("Host=db"));

        Assert.Equal((200, true), (portalConnection.MaxAutoPrepare, portalConnection.NoResetOnClose));
        Assert.Equal((0, false), (chosen.MaxAutoPrepare, chosen.NoResetOnClose));
        Assert.Equal((200, 2, true), (defaulted.MaxAutoPrepare, defaulted.AutoPrepareMinUsages, defaulted.NoResetOnClose));
    }

    [Fact]
    public async Task All_342_municipalities_and_the_10_regions_are_seeded()
    {
        Assert.Equal(342, await portal.CountAsync<Municipality>());
        Assert.Equal(10, await portal.CountAsync<Region>());
        Assert.Equal(10, await portal.CountAsync<PoliceUnit>());
    }

    [Theory]
    [InlineData("GM0361", "Alkmaar", "Noord-Holland", "Noord-Holland")]
    [InlineData("GM0034", "Almere", "Flevoland", "Midden-Nederland")]
    [InlineData("GM0518", "'s-Gravenhage", "Zuid-Holland", "Den Haag")]
    [InlineData("GM0402", "Hilversum", "Noord-Holland", "Midden-Nederland")]
    [InlineData("GM0820", "Nuenen, Gerwen en Nederwetten", "Noord-Brabant", "Oost-Brabant")]
    public async Task A_municipality_lies_in_the_expected_province_police_unit_and_coordination_region(
        string code, string name, string province, string regionName)
    {
        var row = await portal.WithDbAsync(db =>
            (from m in db.Municipalities
             join r in db.Regions on m.RegionId equals r.Id
             join p in db.PoliceUnits on m.PoliceUnitId equals p.Id
             where m.Code == code
             select new { m.Name, m.Province, Region = r.Name, PoliceUnit = p.Name }).SingleAsync());

        Assert.Equal(name, row.Name);
        Assert.Equal(province, row.Province);
        Assert.Equal(regionName, row.Region);
        Assert.Equal(regionName, row.PoliceUnit);
    }

    [Fact]
    public async Task An_administrator_can_move_a_municipality_to_another_coordination_region()
    {
        await portal.WithDbAsync(async db =>
        {
            var hilversum = await db.Municipalities.SingleAsync(m => m.Code == "GM0402");
            hilversum.MoveToRegion(await db.Regions.SingleAsync(r => r.Name == "Amsterdam"));
            return await db.SaveChangesAsync();
        });

        var moved = await portal.WithDbAsync(db => db.Municipalities.SingleAsync(m => m.Code == "GM0402"));
        Assert.Equal("RE05", moved.RegionId);
        Assert.Equal("RE03", moved.PoliceUnitId);
    }
}

public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=niet_gebruikt")]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    public void The_migrations_of_each_provider_match_the_model(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseMensenhandelDatabase(provider, connectionString);
        using var db = new AppDbContext(options.Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} model has changes without a migration: run src/scripts/add-migration.sh <Name>.");
    }
}
