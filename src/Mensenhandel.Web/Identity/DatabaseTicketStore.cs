using System.Security.Claims;
using System.Security.Cryptography;
using Mensenhandel.Data;
using Mensenhandel.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Identity;

public sealed class SessionOptions
{
    public const string Section = "Session";

    /// <summary>Signed out after this long without a request.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>Signed out this long after signing in, however active.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>
    /// Keep recently read sessions in memory while PostgreSQL's session notifications are heard (see
    /// <see cref="SessionCache"/>). Off: every signed-in request reads its session from the database.
    /// </summary>
    public bool Cache { get; set; } = true;
}

/// <summary>
/// Keeps authentication tickets in the database; the cookie holds only a random key. Logout, deactivation
/// and MFA reset delete the rows, which ends those sessions on every instance: at once on this one, and on the
/// others as soon as PostgreSQL's notification of the deleted row arrives (milliseconds; see
/// <see cref="SessionCache"/>). Idle timeout and absolute lifetime are enforced here, on the server, whatever the
/// cookie says.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, TimeProvider clock, SessionOptions options, SessionCache cache) : ITicketStore
{
    /// <summary>A session's last request is written at most this often; a cached session is served only this long.</summary>
    internal static readonly TimeSpan LastSeenResolution = TimeSpan.FromSeconds(30);

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.UserSessions.Add(new UserSession
        {
            Id = Hash(key),
            UserId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A session needs a user."),
            Ticket = TicketSerializer.Default.Serialize(ticket),
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + options.AbsoluteLifetime,
        });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var id = Hash(key);
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var now = clock.GetUtcNow();
        cache.Invalidate(id);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.UserSessions.Where(s => s.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.LastSeenAt, now));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var id = Hash(key);
        var now = clock.GetUtcNow();
        if (cache.TryGet(id, out var cached) && now < cached.ExpiresAt && now - cached.LastSeenAt < LastSeenResolution)
        {
            return TicketSerializer.Default.Deserialize(cached.Ticket);
        }

        var version = cache.Version;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var session = await db.UserSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (session is null) return null;

        if (now >= session.ExpiresAt || now - session.LastSeenAt >= options.IdleTimeout)
        {
            cache.Invalidate(id);
            await db.UserSessions.Where(s => s.Id == id).ExecuteDeleteAsync();
            return null;
        }
        var lastSeen = session.LastSeenAt;
        if (now - lastSeen >= LastSeenResolution)
        {
            // Only when no other request has written it meanwhile: a session's requests in flight all find the
            // same old time at once, and each write would wait for the previous one's commit behind its row lock.
            // A write that finds a newer time changes nothing and commits without touching the log.
            var seenBefore = now - LastSeenResolution;
            await db.UserSessions.Where(s => s.Id == id && s.LastSeenAt <= seenBefore)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now));
            lastSeen = now;
        }
        if (options.Cache) cache.Store(id, new CachedSession(session.UserId, session.Ticket, session.ExpiresAt, lastSeen), version);
        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        var id = Hash(key);
        cache.Invalidate(id);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.UserSessions.Where(s => s.Id == id).ExecuteDeleteAsync();
        cache.Invalidate(id);
    }

    /// <summary>Ends every session of a user (deactivation, MFA reset, password change).</summary>
    public Task EndAllSessionsAsync(AppDbContext db, string userId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return EndAllAsync();

        async Task EndAllAsync()
        {
            cache.InvalidateUser(userId);
            await db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync();
            cache.InvalidateUser(userId);
        }
    }

    private static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key ?? "")));
}
