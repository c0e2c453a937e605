using Mensenhandel.Data.Outbox;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mensenhandel.Web.Tests.Melden;

public sealed class NotificationTests
{
    /// <param name="sharedDatabase">Another portal's database: a second instance on the same data.</param>
    /// <param name="dispatcher">False: nothing is sent until the test runs the outbox itself.</param>
    private static async Task<PortalFactory> PortalWithSmtpAsync(TinySmtpServer smtp, string? sharedDatabase = null, bool dispatcher = true)
    {
        var portal = new PortalFactory();
        if (!dispatcher) portal.WithSetting("Notifications:DispatcherEnabled", "false");
        if (sharedDatabase is not null) portal.WithSetting("ConnectionStrings:Mensenhandel", TestDatabase.ConnectionStringFor(sharedDatabase));
        portal
            .WithSetting("Mail:Smtp:Host", "127.0.0.1")
            .WithSetting("Mail:Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithSetting("Mail:Smtp:Security", "None")
            .WithSetting("Mail:Smtp:Timeout", "00:00:05")
            .WithSetting("Notifications:PollInterval", "00:00:00.200")
            .WithSetting("Notifications:RetryBaseDelay", "00:00:00.300")
            .WithSetting("Notifications:RetryMaxDelay", "00:00:01")
            .WithSetting("Portal:BaseUrl", "https://portaal.example")
            .WithSetting("Notifications:Recipients:RE04", "zc1.noord-holland@test.example;zc2.noord-holland@test.example")
            .WithSetting("Notifications:Recipients:Nationaal", "landelijk@test.example");
        await portal.InitializeAsync();
        return portal;
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting until {what}.");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_run_of_the_outbox_sends_all_its_mails_over_one_connection_and_closes_it_afterwards()
    {
        await using var smtp = new TinySmtpServer();
        await using var portal = await PortalWithSmtpAsync(smtp, dispatcher: false);
        var created = portal.Clock.GetUtcNow().UtcDateTime;
        // More than two batches, for two regions (recipients differ per mail).
        await portal.WithDbAsync(async db =>
        {
            db.OutboxMessages.AddRange(Enumerable.Range(0, 120).Select(i =>
                new OutboxMessage(OutboxMessage.NewReport, Guid.NewGuid(), i % 2 == 0 ? "RE04" : "RE03", created)));
            return await db.SaveChangesAsync();
        });

        var sent = await portal.Services.GetRequiredService<Mensenhandel.Web.Notifications.OutboxProcessor>().ProcessDueAsync(CancellationToken.None);

        Assert.Equal(120, sent);
        Assert.Equal(120, smtp.Messages.Count);
        Assert.Equal(1, smtp.Connections);
        await EventuallyAsync(() => Task.FromResult(smtp.OpenConnections), open => open == 0, "the connection is closed after the run");
        Assert.Equal(0, await portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)));
    }

    [Fact]
    public async Task An_account_mail_leaves_no_connection_open_and_a_connection_that_failed_is_not_used_again()
    {
        await using var smtp = new TinySmtpServer();
        var options = Microsoft.Extensions.Options.Options.Create(new Mensenhandel.Web.Notifications.MailOptions
        {
            From = "portaal@test.example",
            Smtp = new Mensenhandel.Web.Notifications.SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = "None", Timeout = TimeSpan.FromSeconds(5) },
        });
        await using var transport = new Mensenhandel.Web.Notifications.SmtpMailTransport(options);
        var accountMail = new Mensenhandel.Web.Identity.TransportAccountMail(transport, options);

        await accountMail.SendAsync(new Mensenhandel.Web.Identity.AccountMessage("iemand@gemeente.example", "Uitnodiging", "Welkom"));
        await EventuallyAsync(() => Task.FromResult(smtp.OpenConnections), open => open == 0, "the account mail's connection is closed");

        // The server goes down mid-run: the failed send drops its connection, the next send connects anew.
        await transport.SendAsync(Mail(), CancellationToken.None);
        smtp.Failing = true;
        smtp.DropAll();
        await Assert.ThrowsAnyAsync<Exception>(() => transport.SendAsync(Mail(), CancellationToken.None));
        smtp.Failing = false;
        await transport.SendAsync(Mail(), CancellationToken.None);
        await transport.ReleaseAsync();

        Assert.Equal(3, smtp.Messages.Count);
        Assert.Equal(3, smtp.Connections);

        static MimeKit.MimeMessage Mail()
        {
            var mail = new MimeKit.MimeMessage();
            mail.From.Add(MimeKit.MailboxAddress.Parse("portaal@test.example"));
            mail.To.Add(MimeKit.MailboxAddress.Parse("zc@test.example"));
            mail.Subject = "Test";
            mail.Body = new MimeKit.TextPart("plain") { Text = "Test" };
            return mail;
        }
    }

    [Fact]
    public async Task A_failing_mail_server_leaves_the_melding_stored_and_the_message_pending_until_it_answers_then_delivers_once()
    {
        await using var smtp = new TinySmtpServer { Failing = true };
        await using var portal = await PortalWithSmtpAsync(smtp);
        const string canary = "mail-kanarie-81d2";

        var submitted = await portal.SubmitReportAsync(municipality: "GM0361", change: f => f.Set("Input.Description", canary));
        var failed = await EventuallyAsync(
            () => portal.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ReportId == submitted.Id)),
            m => m.Attempts >= 2, "two delivery attempts failed");

        Assert.Null(failed.SentAt);
        Assert.NotNull(failed.LastError);
        Assert.Empty(smtp.Messages);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Reports.CountAsync(r => r.Id == submitted.Id)));

        smtp.Failing = false;
        var sent = await EventuallyAsync(
            () => portal.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ReportId == submitted.Id)),
            m => m.SentAt is not null, "the message was delivered");
        await Task.Delay(1500); // several more polls: nothing is sent again

        var mail = Assert.Single(smtp.Messages);
        Assert.Contains("Subject: Er is een nieuwe melding in uw regio", mail);
        Assert.Contains("zc1.noord-holland@test.example", mail);
        Assert.Contains("zc2.noord-holland@test.example", mail);
        // The region's active zorgcoördinator accounts, and only those of this region.
        Assert.Contains("zorgcoordinator.nh@demo.mensenhandel.nl", mail);
        Assert.DoesNotContain("zorgcoordinator.mn@demo.mensenhandel.nl", mail);
        Assert.DoesNotContain("politie.nh@demo.mensenhandel.nl", mail);
        Assert.Contains($"https://portaal.example/meldingen/{submitted.Id}", mail);
        Assert.DoesNotContain(canary, mail);
        Assert.DoesNotContain(submitted.Reference, mail);
        Assert.DoesNotContain("Alkmaar", mail);
        Assert.Null(sent.LockedUntil);
    }

    [Fact]
    public async Task A_melding_from_abroad_notifies_the_national_desk()
    {
        await using var smtp = new TinySmtpServer();
        await using var portal = await PortalWithSmtpAsync(smtp);

        await portal.SubmitReportAsync(municipality: "ONBEKEND");
        await EventuallyAsync(() => Task.FromResult(smtp.Messages.Count), c => c == 1, "one mail arrived");

        Assert.Contains("landelijk@test.example", smtp.Messages[0]);
        Assert.DoesNotContain("noord-holland", smtp.Messages[0]);
    }

    [Fact]
    public async Task Two_dispatchers_on_one_database_send_each_message_once()
    {
        await using var smtp = new TinySmtpServer();
        await using var first = await PortalWithSmtpAsync(smtp);
        await using var second = await PortalWithSmtpAsync(smtp, sharedDatabase: first.DatabaseName);
        _ = second.Services; // start the second instance and its dispatcher

        var client = first.CreatePortalClient();
        for (var i = 0; i < 10; i++) await first.SubmitReportAsync(client: client);
        await EventuallyAsync(
            () => first.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)),
            c => c == 0, "every message was sent");
        await Task.Delay(500);

        Assert.Equal(10, smtp.Messages.Count);
        Assert.Equal(10, await first.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Type == OutboxMessage.NewReport)));
    }
}
