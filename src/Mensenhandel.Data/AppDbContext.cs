using Mensenhandel.Data.Identity;
using Mensenhandel.Domain.Auditing;
using Mensenhandel.Domain.Organisations;
using Mensenhandel.Data.Outbox;
using Mensenhandel.Data.Privacy;
using Mensenhandel.Data.Statistics;
using Mensenhandel.Domain.ReferenceData;
using Mensenhandel.Domain.Reports;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Mensenhandel.Domain.Calendar;

namespace Mensenhandel.Data;

/// <summary>The one context of the portal: domain, Identity and Data Protection keys, on PostgreSQL or SQLite.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// The keys of the encrypted columns (<see cref="FieldProtectionOptions.UseFieldProtection"/>); null only at
    /// design time (migrations), where nothing is read or written.
    /// </summary>
    public FieldProtection? Protection { get; } = options.FindExtension<FieldProtectionOptionsExtension>()?.Protection;

    /// <summary>
    /// The portal's clock (<see cref="ClockOptions.UseClock"/>); null in tools and at design time, where every
    /// changed month loses its computed mark.
    /// </summary>
    private readonly TimeProvider? _clock = options.FindExtension<ClockOptionsExtension>()?.Clock;

    /// <summary>
    /// How close to its end a month still counts as possibly counted: the dashboard marks a month only once its
    /// own clock says the month is over, so a save near the end of a month could commit after another instance
    /// (whose clock runs a little ahead) counted it. An hour covers clock skew and any save's duration.
    /// </summary>
    public static readonly TimeSpan MonthEndMargin = TimeSpan.FromHours(1);

    public DbSet<PoliceUnit> PoliceUnits => Set<PoliceUnit>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<ReportMonthlyFact> ReportMonthlyFacts => Set<ReportMonthlyFact>();
    public DbSet<ReportFactMonth> ReportFactMonths => Set<ReportFactMonth>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var autoDetect = DetectChangesOnce();
        try
        {
            var changedMonths = PrepareSave();
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (changedMonths.Count > 0)
                await ReportFactMonths.Where(m => changedMonths.Contains(m.Month)).ExecuteDeleteAsync(cancellationToken);
            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var autoDetect = DetectChangesOnce();
        try
        {
            var changedMonths = PrepareSave();
            var saved = base.SaveChanges(acceptAllChangesOnSuccess);
            if (changedMonths.Count > 0) ReportFactMonths.Where(m => changedMonths.Contains(m.Month)).ExecuteDelete();
            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    /// <summary>What every save does first (both overloads): versions, blind indexes, and the months whose dashboard facts it changes.</summary>
    private List<DateTimeOffset> PrepareSave()
    {
        BumpVersions();
        UpdateBlindIndexes();
        return MonthsWithChangedFacts();
    }

    /// <summary>
    /// Every <c>ChangeTracker.Entries()</c> below and SaveChanges itself would scan all tracked entities for changes
    /// again (five scans per save, a visible share of a submission's CPU); one scan is enough, because what the
    /// steps below change, they change through the change tracker. Returns the setting to restore.
    /// </summary>
    private bool DetectChangesOnce()
    {
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        if (autoDetect) ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        return autoDetect;
    }

    private static readonly string[] FactProperties =
    [
        nameof(Report.SubmittedAt), nameof(Report.RegionId), nameof(Report.MunicipalityCode), nameof(Report.ReporterSector),
        nameof(Report.VictimPossiblyMinor), nameof(Report.AcuteDanger), nameof(Report.TriagedAt),
    ];

    /// <summary>
    /// The months whose dashboard facts this save makes wrong (a melding added, removed, triaged, rerouted or given
    /// other forms). Their computed mark is removed after the save, so the dashboard recomputes them before use and
    /// never shows a stale month because the refresh job did not run. The current month is left out (when the
    /// context knows the clock and the month's end is more than <see cref="MonthEndMargin"/> away): the dashboard
    /// reads it live and marks only closed months (<c>DashboardFigures.CountFactsAsync</c>,
    /// <c>ReportFactsRefreshJob</c>), so it has no mark to remove, and nearly every save (every new melding, most
    /// triages) is spared a round trip.
    /// </summary>
    private List<DateTimeOffset> MonthsWithChangedFacts()
    {
        var months = new HashSet<DateTimeOffset>();
        var formsChanged = ChangeTracker.Entries<ReportForm>()
            .Where(f => f.State is EntityState.Added or EntityState.Deleted or EntityState.Modified)
            .Select(f => f.Entity.ReportId).ToHashSet();
        foreach (var entry in ChangeTracker.Entries<Report>())
        {
            var changed = entry.State is EntityState.Added or EntityState.Deleted
                || (entry.State == EntityState.Modified && FactProperties.Any(p => entry.Property(p).IsModified))
                || formsChanged.Contains(entry.Entity.Id);
            if (!changed) continue;
            months.Add(DutchMonths.Of((DateTimeOffset)entry.Property(nameof(Report.SubmittedAt)).OriginalValue!));
            months.Add(DutchMonths.Of(entry.Entity.SubmittedAt));
        }
        if (_clock is not null && months.Count > 0)
        {
            var firstUnmarked = DutchMonths.Of(_clock.GetUtcNow() + MonthEndMargin);
            months.RemoveWhere(month => month >= firstUnmarked);
        }
        return [.. months];
    }


    /// <summary>
    /// Optimistic concurrency that works the same on both providers: every changed aggregate with an int
    /// <c>Version</c> concurrency token gets the next version, and the update only matches the version the
    /// user loaded (round-tripped through the form).
    /// </summary>
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Modified) continue;
            var version = entry.Metadata.FindProperty("Version");
            if (version is null || version.ClrType != typeof(int) || !version.IsConcurrencyToken) continue;
            var property = entry.Property("Version");
            property.CurrentValue = (int)property.OriginalValue! + 1;
        }
    }
    /// <summary>
    /// Duplicate suggestions compare a keyed hash of initials and nationality (<see cref="DuplicateRule.MatchKey"/>),
    /// never plaintext; kept current on every save, so pseudonymisation clears it too.
    /// </summary>
    private void UpdateBlindIndexes()
    {
        if (Protection is null) return;
        foreach (var entry in ChangeTracker.Entries<Report>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            var hash = Protection.BlindIndex.Compute(DuplicateRule.MatchKey(entry.Entity.VictimNameOrInitials, entry.Entity.VictimNationality));
            var property = entry.Property<string?>(EncryptedColumns.ReportBlindIndex);
            if (!string.Equals(property.CurrentValue, hash, StringComparison.Ordinal)) property.CurrentValue = hash;
        }
    }

    public DbSet<Report> Reports => Set<Report>();
    public DbSet<Mensenhandel.Domain.Cases.Case> Cases => Set<Mensenhandel.Domain.Cases.Case>();
    public DbSet<Mensenhandel.Domain.Cases.CaseEvent> CaseEvents => Set<Mensenhandel.Domain.Cases.CaseEvent>();
    public DbSet<Mensenhandel.Domain.Cases.Referral> Referrals => Set<Mensenhandel.Domain.Cases.Referral>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<RoutingRule> RoutingRules => Set<RoutingRule>();
    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Mensenhandel.Domain.Cases.ConsentRecord> ConsentRecords => Set<Mensenhandel.Domain.Cases.ConsentRecord>();
    public DbSet<Mensenhandel.Domain.Privacy.PrivacyDecision> PrivacyDecisions => Set<Mensenhandel.Domain.Privacy.PrivacyDecision>();
    public DbSet<AuditVerificationRun> AuditVerificationRuns => Set<AuditVerificationRun>();
    public DbSet<Mensenhandel.Domain.Municipalities.PolicyBaselineVersion> PolicyBaselineVersions => Set<Mensenhandel.Domain.Municipalities.PolicyBaselineVersion>();
    public DbSet<Mensenhandel.Data.Jobs.ScheduledJobLease> ScheduledJobLeases => Set<Mensenhandel.Data.Jobs.ScheduledJobLease>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        EncryptedColumns.Apply(builder, Protection);
        // DutchMonths.Of in a query runs in the database on PostgreSQL (the dashboard's row-based month count);
        // elsewhere (SQLite, development) the dashboard groups in memory and calls it there.
        if (Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            builder.HasDbFunction(typeof(DutchMonths).GetMethod(nameof(DutchMonths.Of))!).HasTranslation(arguments => new SqlFunctionExpression(
                "date_trunc",
                [new SqlFragmentExpression("'month'", typeof(string), null), arguments[0], new SqlFragmentExpression($"'{DutchMonths.TimeZoneId}'", typeof(string), null)],
                nullable: true, argumentsPropagateNullability: [false, true, false], typeof(DateTimeOffset), arguments[0].TypeMapping));
        }

        // The portal's roles are reference data: seeded by migration, the same on every instance.
        builder.Entity<IdentityRole>().HasData(Role.All.Select(role => new IdentityRole(role)
        {
            Id = $"role-{role.ToLowerInvariant()}",
            NormalizedName = role.ToUpperInvariant(),
            ConcurrencyStamp = $"seed-{role.ToLowerInvariant()}",
        }));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Enums are stored as readable strings, never as numbers that change meaning when reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);

        // SQLite cannot compare or order DateTimeOffset text; as binary numbers it can (all values are UTC).
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
