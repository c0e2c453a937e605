using Microsoft.Extensions.Options;

namespace Mensenhandel.Web.Infrastructure.Jobs;

public sealed class ScheduledJobOptions
{
    public const string Section = "Jobs";

    /// <summary>Off in tests, which call the jobs directly.</summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>
/// Runs every registered <see cref="IScheduledJob"/> on its interval, each in its own scope. A failed run is
/// logged (without data) and tried again at the next tick; one job's failure never stops another.
/// </summary>
public sealed class ScheduledJobRunner(
    IEnumerable<ScheduledJobDescriptor> jobs,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<ScheduledJobOptions> options,
    ILogger<ScheduledJobRunner> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return Task.CompletedTask;
        return Task.WhenAll(jobs.Select(job => RunOnScheduleAsync(job.JobType, stoppingToken)));
    }

    private async Task RunOnScheduleAsync(Type jobType, CancellationToken stoppingToken)
    {
        TimeSpan interval;
        await using (var scope = scopes.CreateAsyncScope())
            interval = ((IScheduledJob)scope.ServiceProvider.GetRequiredService(jobType)).Interval;

        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await RunOnceAsync(jobType, stoppingToken);
    }

    /// <summary>Runs one job now, in its own scope.</summary>
    public async Task RunOnceAsync(Type jobType, CancellationToken cancellationToken)
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
        }
    }
}
