using Mensenhandel.Data;
using Mensenhandel.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Identity;

/// <summary>
/// Removes ended sessions (expired or idle) from the database every ten minutes. The ticket store already
/// refuses them; this keeps the table small. The <see cref="ScheduledJobRunner"/> runs it on one instance per
/// slot (it would also be harmless on several: a delete of a deleted row is a no-op).
/// </summary>
public sealed class SessionCleanup(AppDbContext db, TimeProvider clock, SessionOptions options, ILogger<SessionCleanup> logger)
    : IScheduledJob
{
    public string Name => "session-cleanup";

    public TimeSpan Interval => TimeSpan.FromMinutes(10);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var removed = await RemoveEndedSessionsAsync(cancellationToken);
        logger.LogInformation("Removed {Count} ended sessions", removed);
    }

    public async Task<int> RemoveEndedSessionsAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var idleSince = now - options.IdleTimeout;
        return await db.UserSessions.Where(s => s.ExpiresAt <= now || s.LastSeenAt <= idleSince).ExecuteDeleteAsync(cancellationToken);
    }
}
