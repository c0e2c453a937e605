using Mensenhandel.Data;
using Mensenhandel.Data.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mensenhandel.Web.Infrastructure.Jobs;

public sealed class ScheduledJobOptions
{
    public const string Section = "Jobs";

    /// <summary>Off in tests, which call the jobs directly.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often each instance looks whether a job's current slot is still unclaimed (at most the job's interval).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a claimed run belongs to its instance without a heartbeat. The holder extends it every third of
    /// this while the job runs, so a long job keeps it; a killed instance loses it after at most this long.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Runs every registered <see cref="IScheduledJob"/> once per slot of its schedule (a whole number of intervals
/// since the Unix epoch), across all instances on the database. Each instance polls; a run starts only on the
/// instance whose compare-and-set UPDATE of the job's row in <c>ScheduledJobLeases</c> moved it to the current
/// slot. PostgreSQL re-checks the UPDATE's condition under the row lock and SQLite has one writer, so exactly
/// one of several concurrent claims matches. The holder extends its lease while the job runs; if it dies, the
/// lease passes and the next poll of another instance takes the slot over. A failed run is logged (without
/// data) and recorded; it is not retried within its slot, the next slot runs again. One job's failure never
/// stops another.
/// </summary>
public sealed class ScheduledJobRunner(
    IEnumerable<ScheduledJobDescriptor> jobs,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<ScheduledJobOptions> options,
    ILogger<ScheduledJobRunner> logger) : BackgroundService
{
    /// <summary>This instance, as it appears in <c>ScheduledJobLeases.ClaimedBy</c>.</summary>
    public Guid InstanceId { get; } = Guid.NewGuid();

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return Task.CompletedTask;
        return Task.WhenAll(jobs.Select(job => PollAsync(job.JobType, stoppingToken)));
    }

    private async Task PollAsync(Type jobType, CancellationToken stoppingToken)
    {
        var interval = IntervalOf(jobType);
        var poll = interval < options.Value.PollInterval ? interval : options.Value.PollInterval;
        using var timer = new PeriodicTimer(poll, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunIfDueAsync(jobType, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be down; the slot waits for the next poll.
                logger.LogError("Claiming scheduled job {JobType} failed ({ErrorType})", jobType.Name, ex.GetType().Name);
            }
        }
    }

    /// <summary>Every registered job whose current slot nobody has claimed yet (or whose holder died) runs now, here.</summary>
    /// <returns>The number of jobs this instance ran.</returns>
    public async Task<int> RunDueJobsAsync(CancellationToken cancellationToken)
    {
        var ran = await Task.WhenAll(jobs.Select(job => RunIfDueAsync(job.JobType, cancellationToken)));
        return ran.Count(r => r);
    }

    /// <summary>Claims the job's current slot and, if this instance got it, runs the job.</summary>
    /// <returns>Whether this instance ran the job.</returns>
    public async Task<bool> RunIfDueAsync(Type jobType, CancellationToken cancellationToken)
    {
        var name = NameOf(jobType);
        var interval = IntervalOf(jobType);
        var now = clock.GetUtcNow().UtcDateTime;
        var slot = SlotOf(now, interval);
        if (!await TryClaimAsync(name, slot, now, cancellationToken)) return false;

        logger.LogInformation("Scheduled job {Job} runs for slot {Slot:o} on instance {Instance}", name, slot, InstanceId);
        using var heartbeat = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var extending = ExtendLeaseUntilStoppedAsync(name, slot, heartbeat.Token);
        Exception? failure = null;
        try
        {
            await RunOnceAsync(jobType, rethrow: true, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: give the slot back so another instance takes it over at once.
            await heartbeat.CancelAsync();
            await extending;
            await ReleaseAsync(name, slot);
            throw;
        }
        catch (Exception ex)
        {
            failure = ex;
        }
        await heartbeat.CancelAsync();
        await extending;
        await FinishAsync(name, slot, failure);
        return true;
    }

    /// <summary>Runs one job now, in its own scope, whatever its schedule (tests, or a manual run).</summary>
    public Task RunOnceAsync(Type jobType, CancellationToken cancellationToken) => RunOnceAsync(jobType, rethrow: false, cancellationToken);

    private async Task RunOnceAsync(Type jobType, bool rethrow, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var job = (IScheduledJob)scope.ServiceProvider.GetRequiredService(jobType);
        try
        {
            await job.RunAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError("Scheduled job {Job} failed ({ErrorType}); it runs again at its next interval", job.Name, ex.GetType().Name);
            if (rethrow) throw;
        }
    }

    /// <summary>The start of the slot that <paramref name="now"/> falls in: whole intervals since the Unix epoch, the same on every instance.</summary>
    public static DateTime SlotOf(DateTime now, TimeSpan interval)
    {
        var sinceEpoch = now.Ticks - DateTime.UnixEpoch.Ticks;
        return new DateTime(DateTime.UnixEpoch.Ticks + sinceEpoch - sinceEpoch % interval.Ticks, DateTimeKind.Utc);
    }

    private async Task<bool> TryClaimAsync(string name, DateTime slot, DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await EnsureRowAsync(db, name, cancellationToken);
        var until = now + options.Value.LeaseDuration;
        // One statement, one winner: a later slot whose previous run ended (or whose holder's lease passed), or
        // the same slot whose holder died before finishing it.
        var claimed = await db.ScheduledJobLeases
            .Where(l => l.JobName == name &&
                        ((l.Slot < slot && (l.FinishedAt != null || l.LeaseUntil < now)) ||
                         (l.Slot == slot && l.FinishedAt == null && l.LeaseUntil < now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Attempts, l => l.Slot == slot ? l.Attempts + 1 : 1)
                .SetProperty(l => l.Slot, slot)
                .SetProperty(l => l.ClaimedBy, InstanceId)
                .SetProperty(l => l.ClaimedAt, now)
                .SetProperty(l => l.LeaseUntil, until)
                .SetProperty(l => l.FinishedAt, (DateTime?)null)
                .SetProperty(l => l.Succeeded, (bool?)null)
                .SetProperty(l => l.LastError, (string?)null), cancellationToken);
        return claimed == 1;
    }

    private static async Task EnsureRowAsync(AppDbContext db, string name, CancellationToken cancellationToken)
    {
        if (await db.ScheduledJobLeases.AnyAsync(l => l.JobName == name, cancellationToken)) return;
        db.ScheduledJobLeases.Add(new ScheduledJobLease(name));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance created the row at the same moment: the claim below decides between us.
            db.ChangeTracker.Clear();
        }
    }

    private async Task ExtendLeaseUntilStoppedAsync(string name, DateTime slot, CancellationToken stop)
    {
        var every = options.Value.LeaseDuration / 3;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, clock, stop);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var until = clock.GetUtcNow().UtcDateTime + options.Value.LeaseDuration;
                await db.ScheduledJobLeases
                    .Where(l => l.JobName == name && l.Slot == slot && l.ClaimedBy == InstanceId && l.FinishedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(l => l.LeaseUntil, until), stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The next beat tries again; if the database stays away the lease lapses, as it should.
                logger.LogWarning("Extending the lease of scheduled job {Job} failed ({ErrorType})", name, ex.GetType().Name);
            }
        }
    }

    private async Task FinishAsync(string name, DateTime slot, Exception? failure)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var error = failure?.GetType().Name;
        var recorded = await db.ScheduledJobLeases
            .Where(l => l.JobName == name && l.Slot == slot && l.ClaimedBy == InstanceId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.FinishedAt, now)
                .SetProperty(l => l.LeaseUntil, now)
                .SetProperty(l => l.Succeeded, failure is null)
                .SetProperty(l => l.LastError, error), CancellationToken.None);
        if (recorded == 0)
            logger.LogWarning("Scheduled job {Job} finished slot {Slot:o} after its lease passed to another instance", name, slot);
    }

    private async Task ReleaseAsync(string name, DateTime slot)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = clock.GetUtcNow().UtcDateTime;
            await db.ScheduledJobLeases
                .Where(l => l.JobName == name && l.Slot == slot && l.ClaimedBy == InstanceId && l.FinishedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.LeaseUntil, now.AddTicks(-1)), CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Releasing scheduled job {Job} failed ({ErrorType}); its lease lapses instead", name, ex.GetType().Name);
        }
    }

    private string NameOf(Type jobType) => Describe(jobType).Name;

    private TimeSpan IntervalOf(Type jobType)
    {
        var interval = Describe(jobType).Interval;
        if (interval <= TimeSpan.Zero) throw new InvalidOperationException($"Scheduled job {jobType.Name} has no positive interval.");
        return interval;
    }

    private (string Name, TimeSpan Interval) Describe(Type jobType)
    {
        using var scope = scopes.CreateScope();
        var job = (IScheduledJob)scope.ServiceProvider.GetRequiredService(jobType);
        return (job.Name, job.Interval);
    }
}
