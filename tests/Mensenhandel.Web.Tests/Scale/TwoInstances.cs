using System.Collections.Concurrent;
using Mensenhandel.Web.Notifications;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Npgsql;

namespace Mensenhandel.Web.Tests.Scale;

/// <summary>
/// Two portal hosts on one PostgreSQL database, as two instances behind a load balancer. The database belongs
/// to the test, not to either host, so one host can be stopped ("killed") while the other goes on.
/// </summary>
public sealed class TwoInstances : IAsyncDisposable
{
    private readonly List<PortalFactory> _hosts = [];

    private TwoInstances(string databaseName) => DatabaseName = databaseName;

    public string DatabaseName { get; }

    public static async Task<TwoInstances> CreateAsync() => new(await TestDatabase.CreateAsync());

    /// <summary>Starts an instance on the shared database; hosts start one after the other, as in a rolling start.</summary>
    public async Task<PortalFactory> StartAsync(Action<PortalFactory>? configure = null)
    {
        var host = new PortalFactory()
            .WithSetting("ConnectionStrings:Mensenhandel", TestDatabase.ConnectionStringFor(DatabaseName))
            .WithSetting("Jobs:Enabled", "false")
            .WithSetting("Notifications:DispatcherEnabled", "false");
        configure?.Invoke(host);
        await host.InitializeAsync();
        _hosts.Add(host);
        _ = host.Services; // builds and starts the host: migrations (no-op after the first), demo data, background services
        return host;
    }

    /// <summary>Works on the shared database directly, as an operator or another program would.</summary>
    public async Task WithConnectionAsync(Func<NpgsqlConnection, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionStringFor(DatabaseName));
        await connection.OpenAsync();
        await work(connection);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts) await host.DisposeAsync();
        await TestDatabase.DropAsync(DatabaseName);
    }
}

/// <summary>
/// Counts deliveries per melding id over every instance's transport (each link in a notification names a
/// melding), which instance delivered them, and which meldingen each mail named.
/// </summary>
public sealed class DeliveryLog
{
    private readonly ConcurrentDictionary<Guid, int> _perReport = new();
    private readonly ConcurrentDictionary<string, int> _perInstance = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<IReadOnlyList<Guid>> _mails = new();

    public IReadOnlyDictionary<Guid, int> PerReport => _perReport;

    /// <summary>The meldingen each instance delivered (not its mails: one mail can name many).</summary>
    public IReadOnlyDictionary<string, int> PerInstance => _perInstance;

    public IReadOnlyList<IReadOnlyList<Guid>> Mails => [.. _mails];

    public void Record(string instance, MimeMessage message)
    {
        var ids = NotificationLinks.ReportIdsOf(message);
        _mails.Enqueue(ids);
        foreach (var id in ids) _perReport.AddOrUpdate(id, 1, (_, n) => n + 1);
        _perInstance.AddOrUpdate(instance, ids.Count, (_, n) => n + ids.Count);
    }
}

/// <summary>One instance's mail transport: records into the shared log; optionally slow, or blocking until cancelled.</summary>
public sealed class RecordingTransport(string instance, DeliveryLog log) : IMailTransport
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Every send hangs until the host stops (a stuck SMTP connection on an instance about to be killed).</summary>
    public bool Hang { get; init; }

    public TimeSpan Delay { get; init; } = TimeSpan.Zero;

    /// <summary>The mail server refuses every notification that names one of these meldingen.</summary>
    public IReadOnlySet<Guid> RefuseFor { get; init; } = new HashSet<Guid>();

    /// <summary>Completes when the first send has begun.</summary>
    public Task Entered => _entered.Task;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        _entered.TrySetResult();
        if (Hang) await Task.Delay(Timeout.Infinite, cancellationToken);
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay, cancellationToken);
        if (NotificationLinks.ReportIdsOf(message).Any(RefuseFor.Contains)) throw new IOException("550 refused");
        log.Record(instance, message);
    }
}

public static class TwoInstanceSettings
{
    /// <summary>A dispatcher that polls often and sends every test message to the national desk.</summary>
    public static PortalFactory WithDispatcher(this PortalFactory host, IMailTransport transport, string lease = "00:02:00") =>
        host.WithSetting("Notifications:DispatcherEnabled", "true")
            .WithSetting("Notifications:PollInterval", "00:00:00.100")
            .WithSetting("Notifications:LeaseDuration", lease)
            .WithSetting("Notifications:Recipients:Nationaal", "landelijk@test.example")
            .WithSetting("Portal:BaseUrl", "https://portaal.example")
            .WithWebHost(web => web.ConfigureServices(services => services.AddSingleton(transport)));

    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting until {what}.");
            await Task.Delay(100);
        }
    }
}
