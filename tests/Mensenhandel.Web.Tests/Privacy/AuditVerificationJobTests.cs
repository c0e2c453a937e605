using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Demo;
using Mensenhandel.Web.Privacy;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mensenhandel.Web.Tests.Privacy;

public sealed class AuditVerificationJobTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task RunJobAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditVerificationJob>().RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Tampering_found_by_the_scheduled_job_degrades_ready_and_alerts_the_beheerders_once()
    {
        await portal.LoginAsync(DemoUsers.Administrator);
        var client = portal.CreatePortalClient();
        await RunJobAsync();
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));

        var victimId = await portal.WithDbAsync(db => db.AuditEvents.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        await portal.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditEvents\" DISABLE TRIGGER audit_events_no_change");
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEvents\" SET \"Detail\" = 'gewijzigd' WHERE \"Id\" = {victimId}");
            return await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditEvents\" ENABLE TRIGGER audit_events_no_change");
        });
        await RunJobAsync();
        await RunJobAsync();

        Assert.Equal("Degraded", await client.GetStringAsync("/health/ready"));
        var runs = await portal.WithDbAsync(db => db.AuditVerificationRuns.OrderBy(r => r.CheckedAt).ToListAsync());
        Assert.Equal(victimId, runs[^1].FirstBrokenEventId);
        var alerts = await portal.WithDbAsync(db => db.OutboxMessages.Where(m => m.Type == PrivacyMail.AuditChainBroken).ToListAsync());
        Assert.Single(alerts);
        var mail = await portal.Services.GetRequiredService<PrivacyMail>().ComposeAsync(alerts[0], "portaal@example.org", "https://portaal.example", CancellationToken.None);
        Assert.Contains(DemoUsers.Administrator.Email, mail.To.ToString());
        Assert.Contains("/beheer/audit/controle", mail.TextBody);
        Assert.True(await portal.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditAction.AuditVerified && e.Result == AuditResult.Failure)));
    }
}
