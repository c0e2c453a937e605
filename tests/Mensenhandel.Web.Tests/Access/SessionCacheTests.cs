using System.Net;
using System.Security.Claims;
using Mensenhandel.Web.Identity;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Mensenhandel.Web.Tests.Scale.TwoInstanceSettings;

namespace Mensenhandel.Web.Tests.Access;

/// <summary>
/// Signed-in requests take their session from memory while PostgreSQL's session notifications are heard, and
/// a session ended anywhere (another instance, the cleanup job, an operator) is refused here within moments.
/// </summary>
public sealed class SessionCacheTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private SessionCache Cache => portal.Services.GetRequiredService<SessionCache>();

    [Fact]
    public async Task A_session_deleted_in_the_database_by_someone_else_is_refused_within_moments()
    {
        var client = await portal.LoginAsync(DemoUsers.CoordinatorNoordHolland);
        await EventuallyAsync(() => Task.FromResult(Cache.IsLive), live => live, "the session notifications are heard");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/overzicht")).StatusCode);
        var userId = await UserIdAsync(DemoUsers.CoordinatorNoordHolland.Email);
        Assert.True(await CachedForAsync(userId), "the session is kept in memory after a request");

        // As another instance's logout or an operator would: straight in the database, not through this instance.
        await portal.WithDbAsync(db => db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync());

        var refused = await EventuallyAsync(() => client.GetAsync("/overzicht"), r => r.StatusCode == HttpStatusCode.Redirect,
            "the deleted session is refused");
        Assert.Equal("/inloggen", refused.Headers.Location?.AbsolutePath);
        Assert.False(await CachedForAsync(userId));
    }

    [Fact]
    public async Task A_cached_session_is_served_only_until_the_database_must_see_it_again()
    {
        var client = await portal.LoginAsync(DemoUsers.PoliceNoordHolland);
        await EventuallyAsync(() => Task.FromResult(Cache.IsLive), live => live, "the session notifications are heard");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/overzicht")).StatusCode);
        var userId = await UserIdAsync(DemoUsers.PoliceNoordHolland.Email);

        // Last seen an hour ago according to the database. A LastSeenAt update is not announced (every instance
        // writes it), so the cached session keeps being served: the database is not read on this request.
        var hourAgo = portal.Clock.GetUtcNow().AddHours(-1);
        await portal.WithDbAsync(db => db.UserSessions.Where(s => s.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, hourAgo)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/overzicht")).StatusCode);

        // Past the last-seen resolution the store reads the database again, which now says idle: signed out.
        portal.Clock.Advance(DatabaseTicketStore.LastSeenResolution);
        var idle = await client.GetAsync("/overzicht");
        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
        Assert.Equal("/inloggen", idle.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task When_the_notification_connection_is_lost_the_cache_is_emptied_and_comes_back_after_reconnecting()
    {
        var client = await portal.LoginAsync(DemoUsers.CarePartnerNoordHolland);
        await EventuallyAsync(() => Task.FromResult(Cache.IsLive), live => live, "the session notifications are heard");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/overzicht")).StatusCode);
        Assert.True(Cache.Count > 0);

        await portal.WithDbAsync(db => db.Database.SqlQueryRaw<bool>(
            "SELECT pg_terminate_backend(pid) AS \"Value\" FROM pg_stat_activity WHERE application_name = 'mensenhandel-sessies' AND datname = current_database()")
            .ToListAsync());

        await EventuallyAsync(() => Task.FromResult(Cache.IsLive), live => !live, "the lost connection is noticed");
        Assert.Equal(0, Cache.Count);
        // Meanwhile every request reads the database: still signed in.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/overzicht")).StatusCode);
        await EventuallyAsync(() => Task.FromResult(Cache.IsLive), live => live, "listening resumes");
    }

    [Fact]
    public async Task A_request_that_finds_its_session_seen_meanwhile_by_another_does_not_write_it_again()
    {
        var store = portal.Services.GetRequiredService<DatabaseTicketStore>();
        var userId = await UserIdAsync(DemoUsers.MunicipalityAlkmaar.Email);
        var key = await store.StoreAsync(new AuthenticationTicket(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "test")), "test"));
        portal.Clock.Advance(DatabaseTicketStore.LastSeenResolution + TimeSpan.FromSeconds(1));
        var seenByTheOther = portal.Clock.GetUtcNow().AddSeconds(-1);

        // Another request of the session writes its time and has not committed when this one reads the old time.
        await using var other = new Npgsql.NpgsqlConnection(await portal.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString())));
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var update = new Npgsql.NpgsqlCommand("""UPDATE "UserSessions" SET "LastSeenAt" = $1 WHERE "UserId" = $2""", other, transaction))
        {
            update.Parameters.Add(new Npgsql.NpgsqlParameter<DateTimeOffset> { TypedValue = seenByTheOther });
            update.Parameters.Add(new Npgsql.NpgsqlParameter<string> { TypedValue = userId });
            await update.ExecuteNonQueryAsync();
        }
        var retrieve = store.RetrieveAsync(key);
        await EventuallyAsync(() => portal.WithDbAsync(db => db.Database.SqlQueryRaw<int>(
                "SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'").SingleAsync()),
            waiting => waiting > 0 || retrieve.IsCompleted, "this request waits for the other's row lock");
        await transaction.CommitAsync();

        Assert.NotNull(await retrieve);
        var lastSeen = await portal.WithDbAsync(db => db.UserSessions.Where(s => s.UserId == userId).Select(s => s.LastSeenAt).SingleAsync());
        Assert.True(Math.Abs((lastSeen - seenByTheOther).TotalMilliseconds) < 1,
            $"the other request's time stays ({seenByTheOther:O}); found {lastSeen:O}");
    }

    private Task<string> UserIdAsync(string email) =>
        portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<bool> CachedForAsync(string userId) =>
        portal.WithDbAsync(async db =>
        {
            var ids = await db.UserSessions.Where(s => s.UserId == userId).Select(s => s.Id).ToListAsync();
            return ids.Any(id => Cache.TryGet(id, out _));
        });
}

/// <summary>The cache's own rules, without a database.</summary>
public sealed class SessionCacheRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static CachedSession Session(string userId) => new(userId, [1, 2, 3], Now.AddHours(10), Now);

    [Fact]
    public void Nothing_is_kept_while_the_notification_channel_is_not_heard()
    {
        var cache = new SessionCache();
        cache.Store("a", Session("u1"), cache.Version);
        Assert.False(cache.TryGet("a", out _));

        cache.GoLive();
        cache.Store("a", Session("u1"), cache.Version);
        Assert.True(cache.TryGet("a", out _));

        cache.GoDark();
        Assert.False(cache.TryGet("a", out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void A_read_that_raced_an_ended_session_is_not_kept()
    {
        var cache = new SessionCache();
        cache.GoLive();
        var version = cache.Version; // read from the database starts
        cache.Invalidate("other"); // any session changes meanwhile (its notification arrives)
        cache.Store("a", Session("u1"), version);
        Assert.False(cache.TryGet("a", out _));
    }

    [Fact]
    public void Ending_a_users_sessions_drops_only_that_users_entries()
    {
        var cache = new SessionCache();
        cache.GoLive();
        cache.Store("a", Session("u1"), cache.Version);
        cache.Store("b", Session("u1"), cache.Version);
        cache.Store("c", Session("u2"), cache.Version);

        cache.InvalidateUser("u1");

        Assert.False(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
    }

    [Fact]
    public void Entries_not_seen_for_the_resolution_are_removed()
    {
        var cache = new SessionCache();
        cache.GoLive();
        cache.Store("old", Session("u1") with { LastSeenAt = Now.AddMinutes(-1) }, cache.Version);
        cache.Store("new", Session("u2"), cache.Version);

        cache.RemoveStale(Now.AddSeconds(-30));

        Assert.False(cache.TryGet("old", out _));
        Assert.True(cache.TryGet("new", out _));
    }
}

/// <summary>Once per ticket and interval on an instance, without a database.</summary>
public sealed class SecurityStampChecksTests
{
    private static readonly DateTimeOffset Issued = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = Issued.AddMinutes(1).AddSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    [Fact]
    public void The_first_request_claims_the_check_of_a_ticket_and_the_others_of_that_interval_do_not()
    {
        var checks = new SecurityStampChecks();

        Assert.True(checks.TryClaim("u1", Issued, Due, Interval));
        Assert.False(checks.TryClaim("u1", Issued, Due.AddSeconds(30), Interval));
        // Another ticket (another session of the user, or the renewed one) is checked on its own.
        Assert.True(checks.TryClaim("u1", Issued.AddSeconds(1), Due, Interval));
        Assert.True(checks.TryClaim("u2", Issued, Due, Interval));
    }

    [Fact]
    public void A_ticket_whose_renewal_did_not_land_is_checked_again_after_the_interval()
    {
        var checks = new SecurityStampChecks();
        Assert.True(checks.TryClaim("u1", Issued, Due, Interval));

        Assert.True(checks.TryClaim("u1", Issued, Due + Interval, Interval));
        Assert.False(checks.TryClaim("u1", Issued, Due + Interval, Interval));
    }

    [Fact]
    public void A_check_that_failed_is_released_for_the_next_request()
    {
        var checks = new SecurityStampChecks();
        Assert.True(checks.TryClaim("u1", Issued, Due, Interval));

        checks.Release("u1", Issued);

        Assert.True(checks.TryClaim("u1", Issued, Due.AddSeconds(1), Interval));
    }

    [Fact]
    public void Claims_older_than_the_interval_are_dropped()
    {
        var checks = new SecurityStampChecks();
        for (var i = 0; i < 10; i++) checks.TryClaim($"u{i}", Issued, Due, Interval);
        Assert.Equal(10, checks.Count);

        checks.TryClaim("u-late", Issued, Due + Interval, Interval);

        Assert.Equal(1, checks.Count);
    }

    [Fact]
    public void Concurrent_requests_with_one_ticket_claim_its_check_once()
    {
        var checks = new SecurityStampChecks();
        var claimed = 0;
        Parallel.For(0, 64, _ => { if (checks.TryClaim("u1", Issued, Due, Interval)) Interlocked.Increment(ref claimed); });
        Assert.Equal(1, claimed);
    }
}
