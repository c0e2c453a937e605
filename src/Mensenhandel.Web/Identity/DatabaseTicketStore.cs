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
}

/// <summary>
/// Keeps authentication tickets in the database; the cookie holds only a random key. Logout, deactivation
/// and MFA reset delete the rows, which ends those sessions at once on every instance. Idle timeout and
/// absolute lifetime are enforced here, on the server, whatever the cookie says.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, TimeProvider clock, SessionOptions options) : ITicketStore
{
    private static readonly TimeSpan LastSeenResolution = TimeSpan.FromSeconds(30);

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
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.UserSessions.Where(s => s.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.LastSeenAt, now));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var id = Hash(key);
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var session = await db.UserSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (session is null) return null;

        if (now >= session.ExpiresAt || now - session.LastSeenAt >= options.IdleTimeout)
        {
            await db.UserSessions.Where(s => s.Id == id).ExecuteDeleteAsync();
            return null;
        }
        if (now - session.LastSeenAt >= LastSeenResolution)
        {
            await db.UserSessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now));
        }
        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        var id = Hash(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.UserSessions.Where(s => s.Id == id).ExecuteDeleteAsync();
    }

    /// <summary>Ends every session of a user (deactivation, MFA reset, password change).</summary>
    public static Task EndAllSessionsAsync(AppDbContext db, string userId) =>
        db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync();

    private static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key ?? "")));
}
