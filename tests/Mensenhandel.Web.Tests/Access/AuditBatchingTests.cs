using Mensenhandel.Data;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Web.Auditing;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mensenhandel.Web.Tests.Access;

/// <summary>The audit trail under concurrent writers: one chain, every caller answered only after its commit.</summary>
public sealed class AuditBatchingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private AuditTrail Trail => portal.Services.GetRequiredService<AuditTrail>();

    private static string NewObjectId() => Guid.NewGuid().ToString("N");

    private Task<bool> IsStoredAsync(string objectId) =>
        portal.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.ObjectId == objectId));

    private Task<AuditVerification> VerifyChainAsync() => VerifyChainAsync(portal);

    private static async Task<AuditVerification> VerifyChainAsync(PortalFactory on)
    {
        await using var scope = on.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
    }

    [Fact]
    public async Task Three_hundred_concurrent_reads_are_each_committed_before_their_caller_continues_and_form_one_intact_chain()
    {
        var before = await portal.CountAsync<AuditEvent>();
        var objectIds = Enumerable.Range(0, 300).Select(_ => NewObjectId()).ToList();

        // Each caller looks for its own row from another connection the moment its await returns: only a
        // committed row is visible there.
        var seenAfterReturn = await Task.WhenAll(objectIds.Select(async objectId =>
        {
            await Trail.WriteAsync(AuditAction.Viewed, "Casus", objectId);
            return await IsStoredAsync(objectId);
        }));

        Assert.All(seenAfterReturn, Assert.True);
        Assert.Equal(before + 300, await portal.CountAsync<AuditEvent>());
        var verification = await VerifyChainAsync();
        Assert.True(verification.IsIntact, $"chain broken at #{verification.FirstBreak?.EventId}: {verification.FirstBreak?.Reason}");
        Assert.Equal(before + 300, verification.EventsChecked);
        // Rows written by one transaction share its id (xmin): far fewer commits than events.
        var transactions = await portal.WithDbAsync(db => db.Database.SqlQuery<int>(
            $"SELECT count(DISTINCT xmin::text)::int AS \"Value\" FROM \"AuditEvents\" WHERE \"ObjectId\" = ANY({objectIds.ToArray()})").SingleAsync());
        Assert.InRange(transactions, 1, 100);
    }

    [Fact]
    public async Task When_the_audit_table_cannot_be_written_every_waiting_caller_fails_and_the_next_write_after_recovery_is_stored()
    {
        var objectIds = Enumerable.Range(0, 50).Select(_ => NewObjectId()).ToList();
        await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditEvents\" RENAME TO \"AuditEventsWeg\""));
        Task[] writes;
        try
        {
            writes = objectIds.Select(objectId => Trail.WriteAsync(AuditAction.Viewed, "Casus", objectId)).ToArray();
            await Task.WhenAll(writes.Select(write => write.ContinueWith(_ => { }, TaskScheduler.Default)));
        }
        finally
        {
            await portal.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditEventsWeg\" RENAME TO \"AuditEvents\""));
        }

        Assert.All(writes, write => Assert.True(write.IsFaulted));
        var afterRecovery = NewObjectId();
        await Trail.WriteAsync(AuditAction.Viewed, "Casus", afterRecovery);

        Assert.True(await IsStoredAsync(afterRecovery));
        foreach (var objectId in objectIds) Assert.False(await IsStoredAsync(objectId));
        Assert.True((await VerifyChainAsync()).IsIntact);
    }

    [Fact]
    public async Task An_event_PostgreSQL_refuses_fails_only_its_own_caller_and_not_the_others_in_its_batch()
    {
        var objectIds = Enumerable.Range(0, 40).Select(_ => NewObjectId()).ToList();

        // PostgreSQL text cannot hold a NUL character: the one honest way an audit event's row is refused.
        var refused = Trail.WriteAsync(AuditAction.Viewed, "Casus", "kapot\0id");
        var accepted = objectIds.Select(objectId => Trail.WriteAsync(AuditAction.Viewed, "Casus", objectId)).ToList();

        await Assert.ThrowsAsync<DbUpdateException>(() => refused);
        await Task.WhenAll(accepted);
        foreach (var objectId in objectIds) Assert.True(await IsStoredAsync(objectId));
        var next = NewObjectId();
        await Trail.WriteAsync(AuditAction.Viewed, "Casus", next);
        Assert.True(await IsStoredAsync(next));
        Assert.True((await VerifyChainAsync()).IsIntact);
    }

    [Fact]
    public async Task Events_queued_when_the_audit_trail_shuts_down_are_stored_and_later_writes_are_refused()
    {
        await using var ownPortal = new PortalFactory();
        await ownPortal.InitializeAsync();
        var trail = ownPortal.Services.GetRequiredService<AuditTrail>();
        var objectIds = Enumerable.Range(0, 100).Select(_ => NewObjectId()).ToList();

        var writes = objectIds.Select(objectId => trail.WriteAsync(AuditAction.Viewed, "Casus", objectId)).ToList();
        await trail.DisposeAsync();

        Assert.All(writes, write => Assert.True(write.IsCompletedSuccessfully));
        Assert.Equal(100, await ownPortal.WithDbAsync(db => db.AuditEvents.CountAsync(e => objectIds.Contains(e.ObjectId!))));
        Assert.Throws<ObjectDisposedException>(() => { _ = trail.WriteAsync(AuditAction.Viewed, "Casus", NewObjectId()); });
    }

    [Fact]
    public async Task On_SQLite_concurrent_writes_are_stored_in_one_intact_chain_too()
    {
        var directory = Directory.CreateTempSubdirectory("mh-sqlite-audit-").FullName;
        try
        {
            await using (var sqlite = new PortalFactory()
                .WithSetting("Database:Provider", nameof(DatabaseProvider.Sqlite))
                .WithSetting("ConnectionStrings:Mensenhandel", $"Data Source={Path.Combine(directory, "portaal.db")}"))
            {
                await sqlite.InitializeAsync();
                var trail = sqlite.Services.GetRequiredService<AuditTrail>();
                var before = await sqlite.CountAsync<AuditEvent>();

                await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => trail.WriteAsync(AuditAction.Viewed, "Casus", NewObjectId())));

                var verification = await VerifyChainAsync(sqlite);
                Assert.True(verification.IsIntact, $"chain broken at #{verification.FirstBreak?.EventId} of {verification.EventsChecked}: {verification.FirstBreak?.Reason}");
                Assert.Equal(before + 100, verification.EventsChecked);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
