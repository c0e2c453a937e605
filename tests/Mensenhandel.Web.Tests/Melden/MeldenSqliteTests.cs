using System.Net;
using Mensenhandel.Data;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Tests.Melden;

/// <summary>The embedded default (SQLite, Development): the same numbering SQL and outbox, mail to the pickup folder.</summary>
public sealed class MeldenSqliteTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mh-melden-sqlite-").FullName;

    [Fact]
    public async Task On_SQLite_parallel_meldingen_get_unique_references_and_the_notification_lands_in_the_pickup_folder()
    {
        var pickup = Path.Combine(_directory, "mail");
        await using var portal = new PortalFactory()
            .WithSetting("Database:Provider", nameof(DatabaseProvider.Sqlite))
            .WithSetting("ConnectionStrings:Mensenhandel", $"Data Source={Path.Combine(_directory, "portaal.db")}")
            .WithSetting("Mail:PickupDirectory", pickup)
            .WithSetting("Notifications:PollInterval", "00:00:00.200");
        await portal.InitializeAsync();

        var clients = Enumerable.Range(0, 8).Select(_ => portal.CreatePortalClient()).ToList();
        var forms = await Task.WhenAll(clients.Select(c => c.OpenFormAsync()));
        var responses = await Task.WhenAll(clients.Select((c, i) => c.PostReportAsync(forms[i], ReportFields.Valid())));
        var again = await clients[0].PostReportAsync(forms[0], ReportFields.Valid());

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var references = await portal.WithDbAsync(db => db.Reports.Select(r => r.Reference).ToListAsync());
        Assert.Equal(8, references.Count);
        Assert.Equal(8, references.Distinct().Count());

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)) > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        var mails = await Task.WhenAll(Directory.GetFiles(pickup, "*.eml").Select(file => MimeKit.MimeMessage.LoadAsync(file)));
        // Meldingen due together share a mail: each is linked once over all mails.
        var reports = await portal.WithDbAsync(db => db.Reports.Select(r => r.Id).ToListAsync());
        Assert.Equal(reports.Order(), mails.SelectMany(NotificationLinks.ReportIdsOf).Order());
        Assert.All(mails, mail =>
        {
            var linked = NotificationLinks.ReportIdsOf(mail).Count;
            Assert.Equal(linked == 1 ? "Er is een nieuwe melding in uw regio" : $"Er zijn {linked} nieuwe meldingen in uw regio", mail.Subject);
        });
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
