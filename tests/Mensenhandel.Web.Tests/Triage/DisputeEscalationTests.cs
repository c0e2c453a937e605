using System.Globalization;
using Mensenhandel.Data.Outbox;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Notifications;
using Mensenhandel.Web.Pages.Casussen;
using Mensenhandel.Web.Tests.Infrastructure;
using Mensenhandel.Web.Tests.Melden;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Mensenhandel.Web.Tests.Triage;

/// <summary>
/// An escalated funding dispute is never silent: the coordinators of the region and the aandachtsfunctionarissen
/// of the municipalities involved are mailed once, each their own mail, without anything from the casus.
/// </summary>
public sealed class DisputeEscalationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string SecretNote = "geschilnotitie-kanarie-7d21";
    private static int _lastNumber;

    [Fact]
    public async Task A_dispute_past_its_term_is_told_once_to_the_coordinators_and_to_the_municipalities_each_in_their_own_mail()
    {
        var (caseId, escalated) = await OpenCaseWithDisputeAsync(daysAgo: 15, ["GM0361", "GM0344"]);
        var (_, notYet) = await OpenCaseWithDisputeAsync(daysAgo: 13, ["GM0361", "GM0373"]);

        await RunJobAsync();
        await RunJobAsync(); // a later run (or another instance) tells nobody again

        var messages = await MessagesAsync();
        Assert.Equal([DisputeMail.EscalatedToCoordinators, DisputeMail.EscalatedToMunicipalities],
            messages.Where(m => m.ReportId == escalated).Select(m => m.Type).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(messages, m => m.ReportId == notYet);
        Assert.NotNull(await portal.WithDbAsync(db => db.Set<FundingDispute>().Where(d => d.Id == escalated).Select(d => d.EscalationNotifiedAt).SingleAsync()));

        var toCoordinators = await ComposeAsync(messages.Single(m => m.ReportId == escalated && m.Type == DisputeMail.EscalatedToCoordinators));
        Assert.Contains(DemoUsers.CoordinatorNoordHolland.Email, Addresses(toCoordinators));
        Assert.DoesNotContain(DemoUsers.MunicipalityAlkmaar.Email, Addresses(toCoordinators));
        Assert.Contains($"https://portaal.example/casussen/{caseId}", toCoordinators.TextBody, StringComparison.Ordinal);

        var toMunicipalities = await ComposeAsync(messages.Single(m => m.ReportId == escalated && m.Type == DisputeMail.EscalatedToMunicipalities));
        Assert.Equal([DemoUsers.MunicipalityAlkmaar.Email], Addresses(toMunicipalities));
        Assert.Contains("https://portaal.example/gemeente", toMunicipalities.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(caseId.ToString(), toMunicipalities.TextBody, StringComparison.Ordinal);

        foreach (var mail in new[] { toCoordinators, toMunicipalities })
        {
            Assert.Equal(DisputeMail.Subject, mail.Subject);
            Assert.Contains("langer dan 14 dagen", mail.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain(SecretNote, mail.TextBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_resolved_dispute_and_a_dispute_of_municipalities_without_accounts_are_handled_as_they_should()
    {
        var (resolvedCase, resolved) = await OpenCaseWithDisputeAsync(daysAgo: 20, ["GM0361", "GM0344"]);
        await portal.WithDbAsync(async db =>
        {
            var casus = await db.Cases.Include(c => c.Disputes).SingleAsync(c => c.Id == resolvedCase);
            casus.ResolveFundingDispute(resolved, "GM0361", "test", portal.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        // No demo account works for Castricum or Bergen: only the coordinators can be told.
        var (_, unaccounted) = await OpenCaseWithDisputeAsync(daysAgo: 20, ["GM0373", "GM0383"]);

        await RunJobAsync();

        var messages = await MessagesAsync();
        Assert.DoesNotContain(messages, m => m.ReportId == resolved);
        Assert.Equal(DisputeMail.EscalatedToCoordinators, Assert.Single(messages, m => m.ReportId == unaccounted).Type);
    }

    [Fact]
    public async Task The_outbox_delivers_both_escalation_mails_over_smtp()
    {
        await using var smtp = new TinySmtpServer();
        await using var own = new PortalFactory()
            .WithSetting("Mail:Smtp:Host", "127.0.0.1")
            .WithSetting("Mail:Smtp:Port", smtp.Port.ToString(CultureInfo.InvariantCulture))
            .WithSetting("Mail:Smtp:Security", "None")
            .WithSetting("Notifications:PollInterval", "00:00:00.200")
            .WithSetting("Portal:BaseUrl", "https://portaal.example");
        await own.InitializeAsync();
        var (caseId, _) = await new DisputeEscalationTests(own).OpenCaseWithDisputeAsync(daysAgo: 15, ["GM0361", "GM0344"]);

        await using (var scope = own.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DisputeEscalationJob>().RunAsync(CancellationToken.None);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (smtp.Messages.Count < 2 && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Equal(2, smtp.Messages.Count);
        Assert.Single(smtp.Messages, m => m.Contains($"https://portaal.example/casussen/{caseId}", StringComparison.Ordinal)
            && m.Contains(DemoUsers.CoordinatorNoordHolland.Email, StringComparison.Ordinal));
        Assert.Single(smtp.Messages, m => m.Contains("https://portaal.example/gemeente", StringComparison.Ordinal)
            && m.Contains(DemoUsers.MunicipalityAlkmaar.Email, StringComparison.Ordinal));
    }

    private async Task<(Guid CaseId, Guid DisputeId)> OpenCaseWithDisputeAsync(int daysAgo, string[] municipalities)
    {
        var number = Interlocked.Increment(ref _lastNumber);
        var opened = portal.Clock.GetUtcNow().AddDays(-daysAgo);
        return await portal.WithDbAsync(async db =>
        {
            var coordinator = await db.Users.Where(u => u.Email == DemoUsers.CoordinatorNoordHolland.Email).Select(u => u.Id).SingleAsync();
            var casus = Case.Open(string.Create(CultureInfo.InvariantCulture, $"CS-1998-{number:000000}"), "RE04", coordinator,
                [ExploitationForm.Labour], possiblyMinor: false, Consent.Unknown, "MH-1998-000001", opened.AddDays(-1));
            var dispute = casus.OpenFundingDispute(municipalities, SecretNote, coordinator, opened);
            db.Cases.Add(casus);
            await db.SaveChangesAsync();
            return (casus.Id, dispute.Id);
        });
    }

    private async Task RunJobAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DisputeEscalationJob>().RunAsync(CancellationToken.None);
    }

    private Task<List<OutboxMessage>> MessagesAsync() =>
        portal.WithDbAsync(db => db.OutboxMessages.Where(m => m.Type == DisputeMail.EscalatedToCoordinators || m.Type == DisputeMail.EscalatedToMunicipalities).ToListAsync());

    private Task<MimeMessage> ComposeAsync(OutboxMessage message) =>
        portal.Services.GetRequiredService<DisputeMail>().ComposeAsync(message, "portaal@test.example", "https://portaal.example/", CancellationToken.None);

    private static string[] Addresses(MimeMessage mail) => [.. mail.To.Mailboxes.Select(m => m.Address)];
}
