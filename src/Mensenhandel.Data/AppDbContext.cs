using Mensenhandel.Data.Identity;
using Mensenhandel.Data.Outbox;
using Mensenhandel.Data.Reports;
using Mensenhandel.Domain.ReferenceData;
using Mensenhandel.Domain.Reports;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Data;

/// <summary>The one context of the portal: domain, Identity and Data Protection keys, on PostgreSQL or SQLite.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<PoliceUnit> PoliceUnits => Set<PoliceUnit>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<RoutingRule> RoutingRules => Set<RoutingRule>();
    public DbSet<ReportCounter> ReportCounters => Set<ReportCounter>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Enums are stored as readable strings, never as numbers that change meaning when reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
