using System.Net;
using Mensenhandel.Web.Identity;
using Mensenhandel.Web.Tests.Infrastructure;
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
