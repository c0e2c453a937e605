using System.Collections.Concurrent;
using Mensenhandel.Data.Jobs;
using Mensenhandel.Web.Infrastructure.Jobs;
using Mensenhandel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mensenhandel.Web.Tests.Scale;

/// <summary>Issue 8: a scheduled job runs once per slot of its schedule, whatever the number of instances.</summary>
public sealed class ScheduledJobTests
{
    /// <summary>What every instance's <see cref="CountingJob"/> did, shared by the hosts of one test.</summary>
    public sealed class JobJournal
    {
        public ConcurrentQueue<(string Instance, DateTimeOffset At)> Runs { get; } = new();

        /// <summary>When set, the first run hangs here, ignoring cancellation: an instance that stops dead mid-job.</summary>
        public TaskCompletionSource? HangFirstRun { get; set; }

        public TaskCompletionSource FirstRunStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _started;

        public async Task RunAsync(string instance, DateTimeOffset now)
        {
            if (Interlocked.Increment(ref _started) == 1)
            {
                FirstRunStarted.TrySetResult();
                if (HangFirstRun is not null) await HangFirstRun.Task;
            }
            Runs.Enqueue((instance, now));
        }
    }

    public sealed record InstanceName(string Value);

    public sealed class CountingJob(JobJournal journal, InstanceName instance, TimeProvider clock) : IScheduledJob
    {
        public string Name => "test-counting";
        public TimeSpan Interval => TimeSpan.FromHours(1);
        public Task RunAsync(CancellationToken cancellationToken) => journal.RunAsync(instance.Value, clock.GetUtcNow());
    }

    private static Action<PortalFactory> WithCountingJob(JobJournal journal, string instance) => host => host
        .WithSetting("Jobs:LeaseDuration", "00:01:00")
        .WithWebHost(web => web.ConfigureServices(services =>
        {
            services.AddSingleton(journal);
            services.AddSingleton(new InstanceName(instance));
            services.AddScheduledJob<CountingJob>();
        }));

    /// <summary>
    /// Moves the instances' clocks to five minutes into the next slot, together, as two servers synchronised by NTP.
    /// The clocks follow real time, so without this a test started just before a slot ends would see it change
    /// between its steps.
    /// </summary>
    private static void InsideTheNextSlot(TimeSpan interval, params PortalFactory[] instances)
    {
        var start = ScheduledJobRunner.SlotOf(instances[0].Clock.GetUtcNow().UtcDateTime, interval) + interval + TimeSpan.FromMinutes(5);
        foreach (var instance in instances)
            instance.Clock.Advance(start - instance.Clock.GetUtcNow().UtcDateTime);
    }

    private static ScheduledJobRunner Runner(PortalFactory host) => host.Services.GetRequiredService<ScheduledJobRunner>();

    [Fact]
    public async Task Two_instances_polling_the_same_schedule_run_a_job_exactly_once_per_slot()
    {
        await using var instances = await TwoInstances.CreateAsync();
        var journal = new JobJournal();
        var a = await instances.StartAsync(WithCountingJob(journal, "A"));
        var b = await instances.StartAsync(WithCountingJob(journal, "B"));
        InsideTheNextSlot(TimeSpan.FromHours(1), a, b);

        const int slots = 12;
        for (var slot = 1; slot <= slots; slot++)
        {
            // Each instance polls three times within the slot, the two at the same moment.
            for (var poll = 0; poll < 3; poll++)
                await Task.WhenAll(Runner(a).RunIfDueAsync(typeof(CountingJob), default), Runner(b).RunIfDueAsync(typeof(CountingJob), default));

            Assert.Equal(slot, journal.Runs.Count);
            a.Clock.Advance(TimeSpan.FromHours(1));
            b.Clock.Advance(TimeSpan.FromHours(1));
        }

        var perSlot = journal.Runs.GroupBy(r => ScheduledJobRunner.SlotOf(r.At.UtcDateTime, TimeSpan.FromHours(1))).ToList();
        Assert.Equal(slots, perSlot.Count);
        Assert.All(perSlot, s => Assert.Single(s));
        var lease = await a.WithDbAsync(db => db.ScheduledJobLeases.AsNoTracking().SingleAsync(l => l.JobName == "test-counting"));
        Assert.Equal(1, lease.Attempts);
        Assert.True(lease.Succeeded);
        Assert.NotNull(lease.FinishedAt);
    }

    [Fact]
    public async Task When_the_instance_running_a_job_dies_another_takes_the_slot_over_after_the_lease()
    {
        await using var instances = await TwoInstances.CreateAsync();
        var journal = new JobJournal { HangFirstRun = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        var a = await instances.StartAsync(WithCountingJob(journal, "A"));
        var b = await instances.StartAsync(WithCountingJob(journal, "B"));
        // The takeover below happens a minute later, still in A's slot, whatever the time of day the test runs.
        InsideTheNextSlot(TimeSpan.FromHours(1), a, b);

        using var lifeOfA = new CancellationTokenSource();
        var runOnA = Runner(a).RunIfDueAsync(typeof(CountingJob), lifeOfA.Token);
        await journal.FirstRunStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // While A holds the lease, B leaves the slot alone.
        Assert.False(await Runner(b).RunIfDueAsync(typeof(CountingJob), default));

        // A dies: its heartbeat stops (the job itself is stuck and never returns in time).
        await lifeOfA.CancelAsync();
        b.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.False(await Runner(b).RunIfDueAsync(typeof(CountingJob), default)); // the lease (1 minute) has not passed yet
        b.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.True(await Runner(b).RunIfDueAsync(typeof(CountingJob), default));

        var lease = await b.WithDbAsync(db => db.ScheduledJobLeases.AsNoTracking().SingleAsync(l => l.JobName == "test-counting"));
        Assert.Equal(Runner(b).InstanceId, lease.ClaimedBy);
        Assert.Equal(2, lease.Attempts);
        Assert.True(lease.Succeeded);
        Assert.Equal(["B"], journal.Runs.Select(r => r.Instance));

        // A comes back to life late: its finish does not overwrite B's record.
        journal.HangFirstRun.SetResult();
        await runOnA;
        var after = await b.WithDbAsync(db => db.ScheduledJobLeases.AsNoTracking().SingleAsync(l => l.JobName == "test-counting"));
        Assert.Equal(Runner(b).InstanceId, after.ClaimedBy);
        Assert.Equal(2, after.Attempts);
    }

    [Fact]
    public async Task Session_cleanup_is_a_scheduled_job_that_runs_once_per_ten_minutes_across_instances()
    {
        await using var instances = await TwoInstances.CreateAsync();
        var a = await instances.StartAsync();
        var b = await instances.StartAsync();
        InsideTheNextSlot(TimeSpan.FromMinutes(10), a, b);

        var ran = await Task.WhenAll(Runner(a).RunDueJobsAsync(default), Runner(b).RunDueJobsAsync(default));

        // Every registered job (session clean-up, retention, audit verification) ran once, on one of the two.
        var leases = await a.WithDbAsync(db => db.ScheduledJobLeases.AsNoTracking().ToListAsync());
        Assert.True(leases.Count >= 1);
        Assert.Equal(leases.Count, ran.Sum());
        var lease = Assert.Single(leases, l => l.JobName == "session-cleanup");
        Assert.Equal(ScheduledJobRunner.SlotOf(a.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(10)), lease.Slot);
    }
}

/// <summary>The embedded default (one instance on SQLite) claims slots with the same statements.</summary>
public sealed class ScheduledJobSqliteTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mh-jobs-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task On_sqlite_a_job_runs_once_per_slot_too()
    {
        await using var portal = new PortalFactory()
            .WithSetting("Database:Provider", nameof(Mensenhandel.Data.DatabaseProvider.Sqlite))
            .WithSetting("ConnectionStrings:Mensenhandel", $"Data Source={Path.Combine(_directory, "portaal.db")}")
            .WithSetting("Jobs:Enabled", "false");
        await portal.InitializeAsync();
        var runner = portal.Services.GetRequiredService<ScheduledJobRunner>();

        var cleanup = typeof(Mensenhandel.Web.Identity.SessionCleanup);
        Assert.True(await runner.RunIfDueAsync(cleanup, default));
        Assert.False(await runner.RunIfDueAsync(cleanup, default));
        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.True(await runner.RunIfDueAsync(cleanup, default));

        var lease = await portal.WithDbAsync(db => db.ScheduledJobLeases.AsNoTracking().SingleAsync(l => l.JobName == "session-cleanup"));
        Assert.Equal(ScheduledJobRunner.SlotOf(portal.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(10)), lease.Slot);
        Assert.True(lease.Succeeded);
    }
}
