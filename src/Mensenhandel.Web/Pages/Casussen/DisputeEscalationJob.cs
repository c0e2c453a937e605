using Mensenhandel.Data;
using Mensenhandel.Data.Outbox;
using Mensenhandel.Domain.Cases;
using Mensenhandel.Web.Authorization;
using Mensenhandel.Web.Infrastructure.Jobs;
using Mensenhandel.Web.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Casussen;

/// <summary>
/// A funding dispute that passes its term (<c>Casussen:EscalateAfterDays</c>) unresolved is told, once, to the
/// coordinators of the casus's region and to the aandachtsfunctionarissen of the municipalities involved
/// (<see cref="DisputeMail"/>, through the outbox). Before, an escalation was only a mark on the coordinators'
/// queue, and the municipalities that must settle it heard nothing. The mark
/// (<see cref="FundingDispute.EscalationNotifiedAt"/>) and the mails are stored in one transaction, the mark only
/// where it is still empty, so a dispute is told once whatever the number of runs or instances.
/// </summary>
public sealed class DisputeEscalationJob(AppDbContext db, FundingDisputePolicy policy, TimeProvider clock,
    ILogger<DisputeEscalationJob> logger) : IScheduledJob
{
    public string Name => "dispute-escalation";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var escalatedBy = policy.EscalatesIfOpenedBy(now);
        var due = await (from dispute in db.Set<FundingDispute>()
                         join casus in db.Cases on dispute.CaseId equals casus.Id
                         where dispute.ResolvedAt == null && dispute.OpenedAt <= escalatedBy && dispute.EscalationNotifiedAt == null
                         select new { dispute.Id, dispute.CaseId, dispute.MunicipalityCodes, casus.RegionId })
            .AsNoTracking().ToListAsync(cancellationToken);
        foreach (var dispute in due)
        {
            var codes = dispute.MunicipalityCodes.Split(',', StringSplitOptions.RemoveEmptyEntries);
            var municipalitiesHaveAccounts = await db.DesignatedOfficersOf(codes).AnyAsync(cancellationToken);
            var told = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var marked = await db.Set<FundingDispute>().Where(d => d.Id == dispute.Id && d.EscalationNotifiedAt == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(d => d.EscalationNotifiedAt, now), cancellationToken);
                if (marked == 0) return false;
                db.OutboxMessages.Add(new OutboxMessage(DisputeMail.EscalatedToCoordinators, dispute.Id, dispute.RegionId, now.UtcDateTime));
                // Municipalities without an aandachtsfunctionaris on file have nobody to mail; the coordinators' mail still goes.
                if (municipalitiesHaveAccounts)
                    db.OutboxMessages.Add(new OutboxMessage(DisputeMail.EscalatedToMunicipalities, dispute.Id, dispute.RegionId, now.UtcDateTime));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            });
            if (told)
            {
                logger.LogInformation("Funding dispute {DisputeId} of case {CaseId} escalated; coordinators{AndMunicipalities} notified",
                    dispute.Id, dispute.CaseId, municipalitiesHaveAccounts ? " and municipalities" : "");
            }
        }
    }
}
