using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Mensenhandel.Data;

/// <summary>
/// Carries the portal's clock to <see cref="AppDbContext"/> through its options (the context keeps the single
/// options-only constructor that pooling needs), so the context judges "the current month" by the same clock as
/// the dashboard that marks months as counted. It adds no EF services.
/// </summary>
public sealed class ClockOptionsExtension(TimeProvider clock) : IDbContextOptionsExtension
{
    public TimeProvider Clock { get; } = clock;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
        }
    }
}

public static class ClockOptions
{
    /// <summary>The clock the context reads "now" from; without it, the context assumes nothing about now.</summary>
    public static DbContextOptionsBuilder UseClock(this DbContextOptionsBuilder options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new ClockOptionsExtension(clock));
        return options;
    }
}
