namespace Mensenhandel.Web.Infrastructure.Jobs;

/// <summary>
/// Work that runs on a schedule (retention, audit verification, escalations). A job is resolved from a fresh
/// DI scope for every run, so it may take scoped services such as the <c>AppDbContext</c>. The
/// <see cref="ScheduledJobRunner"/> decides when and where it runs; the job only does the work and is
/// testable on its own by calling <see cref="RunAsync"/>.
/// </summary>
public interface IScheduledJob
{
    /// <summary>A stable name: used in logs and as the key that makes a run happen once per schedule.</summary>
    string Name { get; }

    /// <summary>How often the job runs.</summary>
    TimeSpan Interval { get; }

    Task RunAsync(CancellationToken cancellationToken);
}

public static class ScheduledJobRegistration
{
    /// <summary>Registers a job (scoped) and the runner that starts it on its schedule.</summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services)
        where TJob : class, IScheduledJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new ScheduledJobDescriptor(typeof(TJob)));
        if (!services.Any(s => s.ServiceType == typeof(ScheduledJobRunner)))
        {
            services.AddSingleton<ScheduledJobRunner>();
            services.AddHostedService(sp => sp.GetRequiredService<ScheduledJobRunner>());
        }
        return services;
    }
}

public sealed record ScheduledJobDescriptor(Type JobType);
