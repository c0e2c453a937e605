using Mensenhandel.Data;
using Mensenhandel.Data.Outbox;
using Mensenhandel.Domain;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Pages.Melden;

/// <summary>
/// Stores new meldingen group-committed (<see cref="GroupCommit{TItem, TResult}"/>), as the audit trail stores its
/// events: each melding with its outbox message, the meldingen that arrive at the same moment in one transaction.
/// Under load PostgreSQL then pays one commit (one WAL flush, one round trip) per batch instead of one per melding;
/// a lone submission is a batch of one. Every melding is still stored whole or not at all, and its caller hears
/// only after the commit. A form sent twice at once is refused by the unique submission key: that melding alone
/// fails, with the <see cref="DbUpdateException"/> the intake already handles.
/// </summary>
public sealed class ReportWriter(IServiceScopeFactory scopes, ILogger<ReportWriter> logger)
    : GroupCommit<ReportWriter.Submission, IntakeResult>(MaxBatchSize, logger)
{
    public const int MaxBatchSize = 64;

    /// <summary>
    /// A submitted melding to store. <paramref name="Create"/> builds it for a reference number: the number taken before
    /// (<paramref name="Number"/>) or, without one, the next of the counter row inside the storing transaction. It is
    /// called again for each attempt, so a retried transaction never sees an earlier attempt's entities.
    /// </summary>
    public sealed record Submission(Func<int, Report> Create, int Year, int? Number, DateTimeOffset Now);

    /// <summary>Completes once the melding is committed with its outbox message; faults when it was not stored.</summary>
    public Task<IntakeResult> StoreAsync(Submission submission) => EnqueueAsync(submission);

    protected override async Task<IReadOnlyList<(Pending Pending, IntakeResult Result)>> StoreAsync(IReadOnlyList<Pending> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            // One SaveChanges in this transaction, and a failure abandons it whole: no savepoint round trips.
            db.Database.AutoSavepointsEnabled = false;
            var stored = new List<(Pending, IntakeResult)>(batch.Count);
            foreach (var pending in batch)
            {
                var item = pending.Item;
                var number = item.Number ?? await ReferenceNumbers.NextAsync(db, ReferenceCounter.Reports, item.Year, CancellationToken.None);
                Report report;
                try
                {
                    report = item.Create(number);
                }
                catch (Exception ex) when (ex is DomainRuleException or ArgumentException)
                {
                    // The form was validated before; should the domain still refuse it, only its own caller hears.
                    pending.Stored.TrySetException(ex);
                    continue;
                }
                db.Reports.Add(report);
                db.OutboxMessages.Add(new OutboxMessage(OutboxMessage.NewReport, report.Id, report.RegionId, item.Now.UtcDateTime));
                stored.Add((pending, new IntakeResult(report.Id, report.Reference, Duplicate: false)));
            }
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return stored;
        });
    }
}
