using Mensenhandel.Data;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Identity;

/// <summary>
/// Removes ended sessions (expired or idle) from the database every few minutes. The ticket store already
/// refuses them; this keeps the table small. Safe on several instances: a delete of a deleted row is a no-op.
/// </summary>
public sealed class SessionCleanup(IServiceScopeFactory scopes, TimeProvider clock, SessionOptions options, ILogger<SessionCleanup> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RemoveEndedSessionsAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Removing ended sessions failed; trying again later");
            }
        }
    }

    public async Task<int> RemoveEndedSessionsAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var idleSince = now - options.IdleTimeout;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.UserSessions.Where(s => s.ExpiresAt <= now || s.LastSeenAt <= idleSince).ExecuteDeleteAsync(cancellationToken);
    }
}
