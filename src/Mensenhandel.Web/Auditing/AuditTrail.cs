using Mensenhandel.Data;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Auditing;

/// <summary>
/// Appends events to the hash-chained audit trail. Reads are logged explicitly by the pages (SaveChanges
/// interception would miss reads and bulk updates). Each append runs in its own transaction on its own
/// context, serialised (an advisory lock on PostgreSQL) so the chain has one order.
/// </summary>
public sealed class AuditTrail(IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock, ILogger<AuditTrail> logger)
{
    private const long ChainLockKey = 0x4D48_4155_4449_54; // "MHAUDIT"
    private static readonly SemaphoreSlim LocalLock = new(1, 1);

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

    public async Task AppendAsync(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var postgres = db.Database.IsNpgsql();

        // SQLite has one writer anyway; the in-process lock keeps read-last-hash-then-insert atomic there.
        if (!postgres) await LocalLock.WaitAsync();
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
                auditEvent.Chain(previous);
                db.AuditEvents.Add(auditEvent);
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            });
            logger.LogInformation("Audit {Action} {ObjectType} {ObjectId}: {Result}",
                auditEvent.Action, auditEvent.ObjectType, auditEvent.ObjectId, auditEvent.Result);
        }
        finally
        {
            if (!postgres) LocalLock.Release();
        }
    }
}
