using System.Net;
using Mensenhandel.Data;
using Mensenhandel.Domain.ReferenceData;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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
                .WithSetting("ConnectionStrings:Mensenhandel", connection)
                .WithSetting("RateLimits:Melden:PermitLimit", "100");
            await portal.InitializeAsync();
            var client = portal.CreatePortalClient();

            var start = await client.GetAsync("/");
            var ready = await client.GetAsync("/health/ready");

            Assert.Equal(HttpStatusCode.OK, start.StatusCode);
            Assert.Contains("Mensenhandel signaleren", await start.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal(342, await portal.CountAsync<Municipality>());
            Assert.Equal("Microsoft.EntityFrameworkCore.Sqlite", await portal.WithDbAsync(db => Task.FromResult(db.Database.ProviderName)));

            // The coordinator's and beheerder's pages sort and filter on times, which SQLite must handle too.
            // (Once: the second run would replay the first run's TOTP time step, which is refused.)
            if (run == 2) continue;
            var report = await portal.SubmitReportAsync("GM0361");
            var coordinator = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
            Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/meldingen?telaat=true")).StatusCode);
            var queue = await coordinator.GetAsync("/meldingen");
            Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
            // The queue's counts and ids go through QueryBatch, which runs them one by one on SQLite.
            Assert.Contains(report.Reference, await queue.Content.ReadAsStringAsync());
            // The first page's rows are read by column position too: SQLite stores times as numbers and enums as text.
            var stored = await portal.WithDbAsync(db => db.Reports.SingleAsync(r => r.Id == report.Id));
            var (cells, overdue) = await Triage.QueueTests.RowAsync(coordinator, report.Reference);
            Assert.Equal([report.Reference, Mensenhandel.Web.Pages.Meldingen.Display.Time(stored.SubmittedAt), "Alkmaar",
                Mensenhandel.Web.Pages.Meldingen.Display.Time(stored.TriageDueAt), "", "Ontvangen"], cells);
            Assert.False(overdue);
            // A later page reads the rows its ids name (an IN over the index's slice), in the list's order.
            var more = new List<string>();
            for (var i = 0; i < 25; i++) more.Add((await portal.SubmitReportAsync("GM0361")).Reference);
            var second = await Html.ParseAsync(await coordinator.GetAsync("/meldingen?sortering=oudste&pagina=2"));
            Assert.Equal([more[^1]], Triage.QueueTests.References(second));
            Assert.Contains(report.Reference, await (await coordinator.GetAsync("/meldingen?sortering=oudste&zoek=" + report.Reference)).Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/meldingen/{report.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/casussen")).StatusCode);
            // The casus page reads its related rows one query after the other on SQLite (one batch on PostgreSQL).
            var opened = await coordinator.SubmitAsync($"/meldingen/{report.Id}", new Dictionary<string, string>(), "form[action*='handler=OpenCase']");
            var casus = opened.Headers.Location!.OriginalString;
            Assert.Contains(report.Reference, await (await coordinator.GetAsync(casus)).Content.ReadAsStringAsync());
            var responsible = await coordinator.SubmitAsync($"{casus}/gemeente",
                new Dictionary<string, string> { ["Responsibility.MunicipalityCode"] = "GM0361", ["Responsibility.Basis"] = "PlaceFound" },
                "form[action*='handler=Responsibility']");
            Assert.Equal(casus, responsible.Headers.Location?.OriginalString);
            Assert.Contains("Verantwoordelijke gemeente: Alkmaar", await (await coordinator.GetAsync(casus)).Content.ReadAsStringAsync());
            var admin = await portal.LoginAsync(DemoUsers.Administrator);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/beheer/audit?vanaf=2026-01-01&tot=2030-01-01")).StatusCode);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
