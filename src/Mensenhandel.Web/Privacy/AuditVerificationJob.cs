using Mensenhandel.Data;
using Mensenhandel.Data.Outbox;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mensenhandel.Web.Privacy;

/// <summary>
/// Verifies the audit hash chain on a schedule and records the result for every instance's health check.
/// A break (first seen) sends an alert to the beheerders through the outbox: that there is a break, no data.
/// </summary>
public sealed class AuditVerificationJob(AppDbContext db, AuditVerifier verifier, AuditTrail audit, TimeProvider clock,
    ILogger<AuditVerificationJob> logger) : IScheduledJob
{
    public string Name => "audit-verification";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var result = await verifier.VerifyAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var previous = await db.AuditVerificationRuns.AsNoTracking().OrderByDescending(r => r.CheckedAt).FirstOrDefaultAsync(cancellationToken);
        var run = new AuditVerificationRun(now, result.EventsChecked, result.FirstBreak?.EventId);
        db.AuditVerificationRuns.Add(run);
        if (!result.IsIntact && previous?.FirstBrokenEventId != run.FirstBrokenEventId)
        {
            db.OutboxMessages.Add(new OutboxMessage(PrivacyMail.AuditChainBroken, run.Id, null, now.UtcDateTime));
        }
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(AuditAction.AuditVerified, "Auditspoor", null, result.IsIntact ? AuditResult.Success : AuditResult.Failure,
            result.IsIntact ? "geplande controle" : $"geplande controle: eerste breuk bij #{result.FirstBreak!.EventId}");
        if (result.IsIntact)
            logger.LogInformation("Audit chain intact: {EventsChecked} events", result.EventsChecked);
        else
            logger.LogError("Audit chain broken at event {EventId}: {Reason}", result.FirstBreak!.EventId, result.FirstBreak.Reason);
    }
}

/// <summary>/health/ready reports Degraded while the last scheduled verification found a break.</summary>
public sealed class AuditChainHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var last = await db.AuditVerificationRuns.AsNoTracking().OrderByDescending(r => r.CheckedAt).FirstOrDefaultAsync(cancellationToken);
        return last is null || last.IsIntact
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded("audit chain broken");
    }
}
