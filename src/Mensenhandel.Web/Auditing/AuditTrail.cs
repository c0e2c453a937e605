using System.Threading.Channels;
using Mensenhandel.Data;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Auditing;

/// <summary>
/// Appends events to the hash-chained audit trail. Reads are logged explicitly by the pages (SaveChanges
/// interception would miss reads and bulk updates).
/// <para>
/// Appends are group-committed: callers queue their event and wait; one writer per instance takes everything
/// queued (up to <see cref="MaxBatchSize"/>) and stores it in one transaction, serialised with the other
/// instances by an advisory lock on PostgreSQL, so the cluster pays one commit per batch instead of one per
/// request. The chain's order is the writer's order (queue order within a batch, batches in lock order). The
/// awaited call returns only after the commit that holds its event, and throws when that commit fails, so
/// "audited before answering" still holds; a crash before the commit loses only events whose callers never
/// got an answer. When the database refuses a batch, its events are retried one by one, so one event that
/// cannot be stored does not fail the requests that happened to share its batch.
/// </para>
/// </summary>
public sealed class AuditTrail : IAsyncDisposable
{
    public const int MaxBatchSize = 500;
    private const long ChainLockKey = 0x4D48_4155_4449_54; // "MHAUDIT"

    // SQLite has one writer anyway; this keeps read-last-hash-then-insert atomic when a process has more
    // than one portal (tests) on the same file.
    private static readonly SemaphoreSlim SqliteLock = new(1, 1);

    private readonly IServiceScopeFactory _scopes;
    private readonly IHttpContextAccessor _http;
    private readonly TimeProvider _clock;
    private readonly ILogger<AuditTrail> _logger;
    private readonly Channel<PendingEvent> _queue = Channel.CreateUnbounded<PendingEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    private sealed record PendingEvent(AuditEvent Event, TaskCompletionSource Stored);

    public AuditTrail(IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock, ILogger<AuditTrail> logger)
    {
        _scopes = scopes;
        _http = http;
        _clock = clock;
        _logger = logger;
        _writer = Task.Run(WriteQueuedAsync);
    }

    public Task WriteAsync(AuditAction action, string? objectType = null, object? objectId = null,
        AuditResult result = AuditResult.Success, string? detail = null, string? actorId = null)
    {
        var context = _http.HttpContext;
        var auditEvent = new AuditEvent(
            _clock.GetUtcNow(),
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
        // Asynchronous continuations: the writer must not run the callers' requests on its own loop.
        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite(new PendingEvent(auditEvent, stored)))
            throw new ObjectDisposedException(nameof(AuditTrail), "The audit trail is shut down; the event was not stored.");
        return stored.Task;
    }

    /// <summary>Stops taking events, stores the ones already queued and waits for the writer to finish.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private async Task WriteQueuedAsync()
    {
        var batch = new List<PendingEvent>(MaxBatchSize);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatchSize && _queue.Reader.TryRead(out var pending)) batch.Add(pending);
            try
            {
                await WriteBatchAsync(batch);
            }
            catch (Exception ex)
            {
                // Never reached by a database failure (WriteBatchAsync hands those to the callers); the writer
                // keeps running and nobody is left waiting.
                _logger.LogError(ex, "Audit writer failed on a batch of {Count} events", batch.Count);
                foreach (var pending in batch) pending.Stored.TrySetException(ex);
            }
            batch.Clear();
        }
    }

    private async Task WriteBatchAsync(IReadOnlyList<PendingEvent> batch)
    {
        try
        {
            await StoreAsync(batch.Select(p => p.Event).ToList());
        }
        catch (DbUpdateException) when (batch.Count > 1)
        {
            // The database refused a row (not a lost connection, which the execution strategy retries and
            // then reports differently): find it by storing the events alone, so only its own caller fails.
            foreach (var pending in batch) await WriteBatchAsync([pending]);
            return;
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Audit batch of {Count} events not stored", batch.Count);
            foreach (var pending in batch) pending.Stored.TrySetException(ex);
            return;
        }
        // Answer the callers first: the log lines are not part of their guarantee, so they need not wait for them.
        foreach (var pending in batch) pending.Stored.TrySetResult();
        foreach (var pending in batch)
        {
            _logger.LogInformation("Audit {Action} {ObjectType} {ObjectId}: {Result}",
                pending.Event.Action, pending.Event.ObjectType, pending.Event.ObjectId, pending.Event.Result);
        }
    }

    private async Task StoreAsync(IReadOnlyList<AuditEvent> events)
    {
        await using var scope = _scopes.CreateAsyncScope();
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
