using System.Net;
using Mensenhandel.Data.Outbox;
using Mensenhandel.Web.Identity;
using Mensenhandel.Web.Notifications;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Mensenhandel.Web.Tests.Scale.TwoInstanceSettings;

namespace Mensenhandel.Web.Tests.Scale;

/// <summary>Issue 8: two app instances on one PostgreSQL database behave as one portal.</summary>
public sealed class TwoInstanceTests
{
    [Fact]
    public async Task A_login_on_instance_A_is_valid_on_instance_B_and_a_logout_on_B_ends_it_on_A()
    {
        await using var instances = await TwoInstances.CreateAsync();
        var a = await instances.StartAsync();
        var b = await instances.StartAsync();

        var onA = await a.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        var session = CookieJar.Read(onA, IdentitySetup.CookieName);
        var onB = b.CreatePortalClient();
        CookieJar.Write(onB, IdentitySetup.CookieName, session);

        var queueOnB = await onB.GetAsync("/meldingen");
        Assert.Equal(HttpStatusCode.OK, queueOnB.StatusCode);
        // B also reads forms A protected: the antiforgery keys are the same key ring in the database.
        var logout = await onB.LogoutAsync();
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        // A kept the session in memory; PostgreSQL's notification of the deleted row ends it there (milliseconds).
        var afterLogout = await EventuallyAsync(() => onA.GetAsync("/meldingen"), r => r.StatusCode == HttpStatusCode.Redirect,
            "A refuses the session ended on B");
        Assert.Equal("/inloggen", afterLogout.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Two_dispatchers_deliver_each_of_200_messages_exactly_once()
    {
        await using var instances = await TwoInstances.CreateAsync();
        var log = new DeliveryLog();
        // Latency per mail, as with a real SMTP server, so both instances are busy at the same time: a batch's
        // meldingen (all for the national desk) share one mail, which takes as long as its 50 mails did (5 ms each).
        var a = await instances.StartAsync(h => h.WithDispatcher(new RecordingTransport("A", log) { Delay = TimeSpan.FromMilliseconds(250) }));
        var b = await instances.StartAsync(h => h.WithDispatcher(new RecordingTransport("B", log) { Delay = TimeSpan.FromMilliseconds(250) }));

        var created = a.Clock.GetUtcNow().UtcDateTime;
        var messages = Enumerable.Range(0, 200).Select(_ => new OutboxMessage(OutboxMessage.NewReport, Guid.NewGuid(), null, created)).ToList();
        await a.WithDbAsync(async db =>
        {
            db.OutboxMessages.AddRange(messages);
            return await db.SaveChangesAsync();
        });

        await EventuallyAsync(() => a.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)), n => n == 0, "every message is sent");
        // A few more polls of both dispatchers: nothing is sent a second time.
        await Task.Delay(1000);

        Assert.Equal(200, log.PerReport.Count);
        Assert.All(messages, m => Assert.Equal(1, log.PerReport.GetValueOrDefault(m.ReportId)));
        Assert.Equal(200, log.PerInstance.Values.Sum());
        Assert.True(log.PerInstance.GetValueOrDefault("A") > 0 && log.PerInstance.GetValueOrDefault("B") > 0,
            $"both instances delivered (A {log.PerInstance.GetValueOrDefault("A")}, B {log.PerInstance.GetValueOrDefault("B")})");
        Assert.Equal(200, await a.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Attempts == 1 && m.LockedUntil == null)));
    }

    [Fact]
    public async Task Messages_claimed_by_a_killed_instance_are_delivered_by_the_other_once_the_lease_has_passed()
    {
        await using var instances = await TwoInstances.CreateAsync();
        var log = new DeliveryLog();
        var hanging = new RecordingTransport("A", log) { Hang = true };
        var a = await instances.StartAsync(h => h.WithDispatcher(hanging, lease: "00:00:02"));

        var created = a.Clock.GetUtcNow().UtcDateTime;
        var messages = Enumerable.Range(0, 5).Select(i => new OutboxMessage(OutboxMessage.NewReport, Guid.NewGuid(), null, created.AddMilliseconds(i))).ToList();
        await a.WithDbAsync(async db =>
        {
            db.OutboxMessages.AddRange(messages);
            return await db.SaveChangesAsync();
        });
        await hanging.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        // A claims its whole batch at once: all five are A's until the lease ends.
        var held = await a.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.LockedBy != null).ToListAsync());
        Assert.Equal(5, held.Count);
        var lockedBy = Assert.Single(held.Select(m => m.LockedBy).Distinct());
        var leaseEnds = held.Max(m => m.LockedUntil);

        // Kill A in the middle of its SMTP conversation: it never finishes or releases its claim.
        await a.DisposeAsync();
        var orphans = await EventuallyAsync(
            () => QueryAsync(instances, db => db.OutboxMessages.AsNoTracking().ToListAsync()),
            m => true, "the orphaned messages can be read");
        Assert.All(orphans, orphan => Assert.Null(orphan.SentAt));
        Assert.All(orphans, orphan => Assert.Equal(lockedBy, orphan.LockedBy));

        var b = await instances.StartAsync(h => h.WithDispatcher(new RecordingTransport("B", log)));
        await EventuallyAsync(() => b.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)), n => n == 0, "B sent every message");
        await Task.Delay(500);

        Assert.Equal(5, log.PerReport.Count);
        Assert.All(messages, m => Assert.Equal(1, log.PerReport.GetValueOrDefault(m.ReportId)));
        Assert.Equal(5, log.PerInstance.GetValueOrDefault("B"));
        var delivered = await b.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        // B took them over only after A's lease ran out, not while A still held them.
        Assert.All(delivered, m => Assert.True(m.SentAt >= leaseEnds, $"sent {m.SentAt:o}, lease until {leaseEnds:o}"));
        Assert.All(delivered, m => Assert.NotEqual(lockedBy, m.LockedBy));
    }

    [Fact]
    public async Task A_mail_the_server_refuses_waits_with_all_its_meldingen_for_their_retry_while_another_regions_mail_is_delivered_once()
    {
        await using var instances = await TwoInstances.CreateAsync();
        var log = new DeliveryLog();
        var created = DateTime.UtcNow;
        // Interleaved: three for the national desk, three for Noord-Holland, in one batch.
        var messages = Enumerable.Range(0, 6)
            .Select(i => new OutboxMessage(OutboxMessage.NewReport, Guid.NewGuid(), i % 2 == 0 ? null : "RE04", created.AddMilliseconds(i)))
            .ToList();
        var national = messages.Where(m => m.RegionId is null).ToList();
        var noordHolland = messages.Where(m => m.RegionId is not null).ToList();
        var a = await instances.StartAsync(h => h.WithDispatcher(new RecordingTransport("A", log) { RefuseFor = new HashSet<Guid> { national[1].ReportId } }));

        await a.WithDbAsync(async db =>
        {
            db.OutboxMessages.AddRange(messages);
            return await db.SaveChangesAsync();
        });
        await EventuallyAsync(() => a.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null || m.Attempts == 0)), n => n == national.Count,
            "Noord-Holland's mail is sent, and the refused national one was tried");
        // A few more polls: nothing is sent twice, and the refused meldingen wait for their retry time.
        await Task.Delay(500);

        var mail = Assert.Single(log.Mails);
        Assert.Equal(noordHolland.Select(m => m.ReportId), mail);
        var stored = await a.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        Assert.Equal(messages.Count, stored.Count);
        Assert.All(stored.Where(m => m.RegionId is null), pending =>
        {
            Assert.Null(pending.SentAt);
            Assert.Equal(1, pending.Attempts);
            Assert.Equal(nameof(IOException), pending.LastError);
            Assert.Null(pending.LockedBy);
            Assert.Null(pending.LockedUntil);
            Assert.True(pending.NextAttemptAt > a.Clock.GetUtcNow().UtcDateTime, $"retry at {pending.NextAttemptAt:o}");
        });
        Assert.All(stored.Where(m => m.RegionId is not null), sent =>
        {
            Assert.NotNull(sent.SentAt);
            Assert.Equal(1, sent.Attempts);
            Assert.Null(sent.LockedUntil);
            Assert.Null(sent.LastError);
        });
    }

    private static async Task<T> QueryAsync<T>(TwoInstances instances, Func<Mensenhandel.Data.AppDbContext, Task<T>> query)
    {
        var options = new DbContextOptionsBuilder<Mensenhandel.Data.AppDbContext>();
        Mensenhandel.Data.DatabaseProviderExtensions.UseMensenhandelDatabase(options, Mensenhandel.Data.DatabaseProvider.Postgres, TestDatabase.ConnectionStringFor(instances.DatabaseName));
        await using var db = new Mensenhandel.Data.AppDbContext(options.Options);
        return await query(db);
    }
}
