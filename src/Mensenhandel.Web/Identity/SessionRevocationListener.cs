using Mensenhandel.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Mensenhandel.Web.Identity;

/// <summary>
/// Listens on its own PostgreSQL connection for <see cref="Channel"/>: a trigger on <c>UserSessions</c> (migration
/// <c>SessionNotifications</c>) sends the id of every session that is ended or whose ticket changes, whichever
/// instance or job does it, when that transaction commits. Each one is dropped from <see cref="SessionCache"/>.
/// The cache is used only while this connection is known to be up: it is pinged when quiet, and on any error the
/// cache is emptied and switched off until listening works again.
/// </summary>
public sealed class SessionRevocationListener(
    IServiceScopeFactory scopes,
    SessionCache cache,
    TimeProvider clock,
    ILogger<SessionRevocationListener> logger) : BackgroundService
{
    public const string Channel = "mensenhandel_sessies";

    /// <summary>How long the connection may be quiet before it is pinged (a lost connection is noticed by then).</summary>
    internal static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = await ListenConnectionStringAsync();
        if (connectionString is null) return; // SQLite: one instance, no channel; the store reads the database each time.

        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                // Whatever broke the channel (server restart, network, failover), the cache cannot be trusted.
                var wasLive = cache.IsLive;
                cache.GoDark();
                if (wasLive) delay = TimeSpan.FromSeconds(1);
                logger.LogWarning(exception, "Session notifications lost; sessions are read from the database until listening resumes (next try in {Delay})", delay);
            }
            finally
            {
                cache.GoDark();
            }
            try
            {
                await Task.Delay(delay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30));
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, notification) => cache.Invalidate(notification.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        cache.GoLive();
        logger.LogInformation("Listening for session notifications; signed-in requests use the session cache");

        await using var ping = new NpgsqlCommand("SELECT 1", connection);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!await connection.WaitAsync(PingInterval, stoppingToken))
            {
                await ping.ExecuteScalarAsync(stoppingToken);
                cache.RemoveStale(clock.GetUtcNow() - DatabaseTicketStore.LastSeenResolution);
            }
        }
    }

    /// <summary>The portal's connection string, unpooled (this connection is held for the life of the instance).</summary>
    private async Task<string?> ListenConnectionStringAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!db.Database.IsNpgsql()) return null;
        return new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString())
        {
            Pooling = false,
            MaxAutoPrepare = 0,
            ApplicationName = "mensenhandel-sessies",
        }.ConnectionString;
    }
}
