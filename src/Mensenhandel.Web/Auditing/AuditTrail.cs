using Mensenhandel.Data;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Authorization;
using Mensenhandel.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Auditing;

/// <summary>
/// Appends events to the hash-chained audit trail. Reads are logged explicitly by the pages (SaveChanges
/// interception would miss reads and bulk updates).
/// <para>
/// Appends are group-committed (<see cref="GroupCommit{TItem, TResult}"/>): callers queue their event and wait; one writer per instance takes everything
/// queued (up to <see cref="MaxBatchSize"/>) and stores it in one transaction, serialised with the other
/// instances by an advisory lock on PostgreSQL, so the cluster pays one commit per batch instead of one per
/// request. The chain's order is the writer's order (queue order within a batch, batches in lock order). The
/// awaited call returns only after the commit that holds its event, and throws when that commit fails, so
/// "audited before answering" still holds; a crash before the commit loses only events whose callers never
/// got an answer. When the database refuses a batch, its events are retried one by one, so one event that
/// cannot be stored does not fail the requests that happened to share its batch.
/// </para>
/// </summary>
public sealed class AuditTrail(IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock, ILogger<AuditTrail> logger)
    : GroupCommit<AuditEvent, bool>(MaxBatchSize, logger)
{
    public const int MaxBatchSize = 500;
    private const long ChainLockKey = 0x4D48_4155_4449_54; // "MHAUDIT"

    // SQLite has one writer anyway; this keeps read-last-hash-then-insert atomic when a process has more
    // than one portal (tests) on the same file.
    private static readonly SemaphoreSlim SqliteLock = new(1, 1);

    public Task WriteAsync(AuditAction action, string? objectType = null, object? objectId = null,
        AuditResult result = AuditResult.Success, string? detail = null, string? actorId = null)
    {
        var context = http.HttpContext;
        var auditEvent = new AuditEvent(
            clock.GetUtcNow(),
            actorId ?? context?.User.GetUserId(),
            action,
            objectType,
            objectId?.ToString(),
            result,
            context?.Connection.RemoteIpAddress?.ToString(),
            context?.TraceIdentifier,
            detail);
        return AppendAsync(auditEvent);
    }

    /// <summary>Completes once the event is committed in the chain; faults when it could not be stored.</summary>
    public Task AppendAsync(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        return EnqueueAsync(auditEvent);
    }

    protected override async Task<IReadOnlyList<(Pending Pending, bool Result)>> StoreAsync(IReadOnlyList<Pending> batch)
    {
        await StoreAsync([.. batch.Select(p => p.Item)]);
        return [.. batch.Select(p => (p, true))];
    }

    // The callers have their answers first: the log lines are not part of their guarantee, so they need not wait for them.
    protected override void AfterAnswering(IReadOnlyList<Pending> batch)
    {
        foreach (var pending in batch)
        {
            logger.LogInformation("Audit {Action} {ObjectType} {ObjectId}: {Result}",
                pending.Item.Action, pending.Item.ObjectType, pending.Item.ObjectId, pending.Item.Result);
        }
    }

    private async Task StoreAsync(IReadOnlyList<AuditEvent> events)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var postgres = db.Database.IsNpgsql();
        // A failed batch rolls back its whole transaction and the execution strategy starts it again, so the
        // savepoint EF sets around SaveChanges in a transaction would only cost two statements per batch.
        db.Database.AutoSavepointsEnabled = false;

        if (!postgres) await SqliteLock.WaitAsync();
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync();
                if (postgres)
                {
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})");
                }
                var previous = await db.AuditEvents.OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync()
                    ?? AuditEvent.GenesisHash;
                foreach (var auditEvent in events)
                {
                    auditEvent.Chain(previous);
                    previous = auditEvent.Hash;
                    // An attempt rolled back after its insert left the store's id on the event; a retry must not reuse it.
                    var entry = db.Entry(auditEvent);
                    entry.Property(e => e.Id).CurrentValue = 0;
                    entry.State = EntityState.Added;
                }
                await db.SaveChangesAsync();
                EnsureIdsFollowTheChain(events);
                await transaction.CommitAsync();
            });
        }
        finally
        {
            if (!postgres) SqliteLock.Release();
        }
    }

    // The verifier walks the chain in id order: a batch whose rows got ids in another order than they were
    // chained would read as a broken chain. EF inserts in the order the entities were added; this keeps it so.
    private static void EnsureIdsFollowTheChain(IReadOnlyList<AuditEvent> events)
    {
        for (var i = 1; i < events.Count; i++)
        {
            if (events[i].Id <= events[i - 1].Id)
                throw new InvalidOperationException("Audit events were inserted out of chain order; the batch is rolled back.");
        }
    }
}
