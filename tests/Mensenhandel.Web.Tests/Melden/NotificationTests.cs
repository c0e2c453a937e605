using Mensenhandel.Data.Outbox;
using Mensenhandel.Web.Notifications;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

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

    /// <summary>New-melding messages, due now, oldest first in the order of <paramref name="regions"/> (null: national desk).</summary>
    private static async Task<List<OutboxMessage>> QueueNewReportsAsync(PortalFactory portal, params string?[] regions)
    {
        var created = portal.Clock.GetUtcNow().UtcDateTime.AddSeconds(-1);
        var messages = regions.Select((region, i) => new OutboxMessage(OutboxMessage.NewReport, Guid.NewGuid(), region, created.AddMilliseconds(i))).ToList();
        await portal.WithDbAsync(async db =>
        {
            db.OutboxMessages.AddRange(messages);
            return await db.SaveChangesAsync();
        });
        return messages;
    }

    private static Task<int> SendDueAsync(PortalFactory portal) =>
        portal.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync(CancellationToken.None);

    private static List<string> Recipients(MimeMessage mail) => [.. mail.To.Mailboxes.Select(m => m.Address)];

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

        var sent = await SendDueAsync(portal);

        Assert.Equal(120, sent);
        // Batches of 50, 50 and 20 meldingen, each one mail per region.
        Assert.Equal(6, smtp.Messages.Count);
        Assert.Equal(1, smtp.Connections);
        await EventuallyAsync(() => Task.FromResult(smtp.OpenConnections), open => open == 0, "the connection is closed after the run");
        Assert.Equal(0, await portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)));
    }

    [Fact]
    public async Task New_meldingen_of_one_region_due_at_once_go_out_as_one_mail_that_links_each_once_oldest_first()
    {
        await using var smtp = new TinySmtpServer();
        await using var portal = await PortalWithSmtpAsync(smtp, dispatcher: false);
        var queued = await QueueNewReportsAsync(portal, "RE04", "RE04", "RE04", "RE04");

        var sent = await SendDueAsync(portal);

        Assert.Equal(4, sent);
        var mail = NotificationLinks.Parse(Assert.Single(smtp.Messages));
        Assert.Equal("Er zijn 4 nieuwe meldingen in uw regio", mail.Subject);
        Assert.Contains("Er zijn 4 nieuwe meldingen in uw regio binnengekomen via het Portaal Mensenhandel.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Stuur deze e-mail niet door.", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(queued.Select(m => m.ReportId), NotificationLinks.ReportIdsOf(mail));
        Assert.Contains("zc1.noord-holland@test.example", Recipients(mail));
        var stored = await portal.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        Assert.Equal(queued.Count, stored.Count);
        Assert.All(stored, m =>
        {
            Assert.NotNull(m.SentAt);
            Assert.Equal(1, m.Attempts);
            Assert.Null(m.LockedUntil);
            Assert.Null(m.LastError);
        });
    }

    [Fact]
    public async Task New_meldingen_of_two_regions_and_the_national_desk_in_one_batch_go_out_as_one_mail_each_to_its_own_recipients()
    {
        await using var smtp = new TinySmtpServer();
        await using var portal = await PortalWithSmtpAsync(smtp, dispatcher: false);
        var queued = await QueueNewReportsAsync(portal, "RE04", "RE03", null, "RE04", null, "RE04");
        List<Guid> Of(string? region) => [.. queued.Where(m => m.RegionId == region).Select(m => m.ReportId)];

        var sent = await SendDueAsync(portal);

        Assert.Equal(6, sent);
        // In the order of each region's oldest melding.
        var mails = smtp.Messages.Select(NotificationLinks.Parse).ToList();
        Assert.Equal(3, mails.Count);
        var (noordHolland, middenNederland, national) = (mails[0], mails[1], mails[2]);

        Assert.Equal("Er zijn 3 nieuwe meldingen in uw regio", noordHolland.Subject);
        Assert.Equal(Of("RE04"), NotificationLinks.ReportIdsOf(noordHolland));
        Assert.Contains("zc1.noord-holland@test.example", Recipients(noordHolland));
        Assert.Contains("zorgcoordinator.nh@demo.mensenhandel.nl", Recipients(noordHolland));
        Assert.DoesNotContain("zorgcoordinator.mn@demo.mensenhandel.nl", Recipients(noordHolland));
        Assert.DoesNotContain("landelijk@test.example", Recipients(noordHolland));

        Assert.Equal("Er is een nieuwe melding in uw regio", middenNederland.Subject);
        Assert.Equal(Of("RE03"), NotificationLinks.ReportIdsOf(middenNederland));
        Assert.Contains("zorgcoordinator.mn@demo.mensenhandel.nl", Recipients(middenNederland));
        Assert.DoesNotContain("zorgcoordinator.nh@demo.mensenhandel.nl", Recipients(middenNederland));
        Assert.DoesNotContain("landelijk@test.example", Recipients(middenNederland));

        Assert.Equal("Er zijn 2 nieuwe meldingen in uw regio", national.Subject);
        Assert.Equal(Of(null), NotificationLinks.ReportIdsOf(national));
        Assert.Contains("landelijk@test.example", Recipients(national));
        Assert.DoesNotContain("zorgcoordinator.nh@demo.mensenhandel.nl", Recipients(national));
        Assert.DoesNotContain("zorgcoordinator.mn@demo.mensenhandel.nl", Recipients(national));

        Assert.Equal(6, await portal.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt != null && m.Attempts == 1 && m.LockedUntil == null)));
    }

    [Fact]
    public void A_single_new_melding_keeps_its_mail_word_for_word()
    {
        var reportId = Guid.NewGuid();

        var mail = NewReportMail.Compose("portaal@test.example", "https://portaal.example/", ["zc@test.example"], [reportId]);

        Assert.Equal("Er is een nieuwe melding in uw regio", mail.Subject);
        Assert.Equal($"""
            Goedendag,

            Er is een nieuwe melding in uw regio binnengekomen via het Portaal Mensenhandel.
            Log in op het portaal om de melding te bekijken:

            https://portaal.example/meldingen/{reportId}

            Deze e-mail bevat om veiligheidsredenen geen gegevens uit de melding.
            Stuur deze e-mail niet door.
            """, mail.TextBody);
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
        var submitted = new List<Guid>();
        for (var i = 0; i < 10; i++) submitted.Add((await first.SubmitReportAsync(client: client)).Id);
        await EventuallyAsync(
            () => first.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)),
            c => c == 0, "every message was sent");
        await Task.Delay(500);

        // Meldingen due together share a mail: each is linked once over all mails.
        var linked = smtp.Messages.SelectMany(raw => NotificationLinks.ReportIdsOf(NotificationLinks.Parse(raw))).ToList();
        Assert.Equal(submitted.Order(), linked.Order());
        Assert.Equal(10, await first.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Type == OutboxMessage.NewReport)));
    }
}
