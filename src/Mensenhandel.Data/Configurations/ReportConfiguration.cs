using Mensenhandel.Data.Outbox;
using Mensenhandel.Data.Privacy;
using Mensenhandel.Domain.ReferenceData;
using Mensenhandel.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mensenhandel.Data.Configurations;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("Reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reference).HasMaxLength(20);
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.FollowUpCodeHash).HasMaxLength(64);
        builder.HasIndex(r => r.SubmissionKey).IsUnique();
        builder.Property(r => r.MunicipalityCode).HasMaxLength(6);
        builder.Property(r => r.RegionId).HasMaxLength(4);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(r => r.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Restrict);
        // The queue's order within a region (submission time, then reference), covering the status filter and the id:
        // a far page finds its 25 ids by reading the index alone, not a heap page for every melding it skips.
        builder.HasIndex(r => new { r.RegionId, r.SubmittedAt, r.Reference }).IncludeProperties(r => new { r.Status, r.Id });
        // The dashboard counts the current month's meldingen live and a closed month once into its facts: covering,
        // so a month is an index-only range and not one heap page per melding (meldingen of a month need not be adjacent).
        builder.HasIndex(r => r.SubmittedAt).IncludeProperties(r => new
            { r.Id, r.RegionId, r.MunicipalityCode, r.ReporterSector, r.VictimPossiblyMinor, r.AcuteDanger, r.TriagedAt });
        builder.Property(r => r.SubmittedBy).HasMaxLength(450);
        builder.Property(r => r.TriagedBy).HasMaxLength(450);
        builder.HasOne<Mensenhandel.Domain.Cases.Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.CaseId);
        // The queue: what awaits triage in a region, in its order (deadline, then reference), covering the page's
        // ids, so that a deep page of a backlog skips index entries and not rows, and the waiting count is index-only.
        builder.HasIndex(r => new { r.RegionId, r.Status, r.TriageDueAt, r.Reference }).IncludeProperties(r => r.Id);
        // Index-only scans skip the table only for pages the visibility map marks all-visible, which takes a vacuum.
        // By default an insert-only table is vacuumed after 20 % new rows (200,000 at national scale), so a burst of
        // new meldingen (a campaign, an outage) would make the queue count and page, and the dashboard's live month,
        // visit one table page per new melding until then. Vacuum after every thousand new meldingen instead.
        builder.HasStorageParameter("autovacuum_vacuum_insert_threshold", 1000);
        builder.HasStorageParameter("autovacuum_vacuum_insert_scale_factor", 0);
        builder.HasIndex(r => r.SubmittedBy);

        builder.Property(r => r.Description).IsEncrypted(ReportLimits.Description);
        builder.Property(r => r.OtherSignals).IsEncrypted(ReportLimits.OtherSignals);
        builder.Property(r => r.PlaceDescription).IsEncrypted(ReportLimits.PlaceDescription);
        builder.Property(r => r.VictimNationality).IsEncrypted(ReportLimits.Nationality);
        builder.Property(r => r.VictimLanguages).IsEncrypted(ReportLimits.Languages);
        builder.Property(r => r.VictimNameOrInitials).IsEncrypted(ReportLimits.Name);
        builder.Property(r => r.ReporterName).IsEncrypted(ReportLimits.Name);
        builder.Property(r => r.ReporterOrganisation).IsEncrypted(ReportLimits.Organisation);
        builder.Property(r => r.ReporterPhone).IsEncrypted(ReportLimits.Phone);
        builder.Property(r => r.ReporterEmail).IsEncrypted(ReportLimits.Email);

        builder.Property<string?>(EncryptedColumns.ReportBlindIndex).HasMaxLength(Mensenhandel.Domain.Privacy.BlindIndex.Length);
        builder.HasIndex(EncryptedColumns.ReportBlindIndex, nameof(Report.RegionId));
        builder.HasIndex(r => r.PseudonymisedAt);

        builder.HasMany(r => r.Forms).WithOne().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Forms).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Indicators).WithOne().HasForeignKey(i => i.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Indicators).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReportFormConfiguration : IEntityTypeConfiguration<ReportForm>
{
    public void Configure(EntityTypeBuilder<ReportForm> builder)
    {
        builder.ToTable("ReportForms");
        builder.HasKey(f => new { f.ReportId, f.Form });
    }
}

internal sealed class ReportIndicatorConfiguration : IEntityTypeConfiguration<ReportIndicator>
{
    public void Configure(EntityTypeBuilder<ReportIndicator> builder)
    {
        builder.ToTable("ReportIndicators");
        builder.HasKey(i => new { i.ReportId, i.IndicatorCode });
        builder.Property(i => i.IndicatorCode).HasMaxLength(12);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(i => i.IndicatorCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("Indicators");
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(12);
        builder.Property(i => i.Text).HasMaxLength(300);
        builder.Property(i => i.Source).HasMaxLength(120);
        builder.HasData(IndicatorCatalogue.All);
    }
}

internal sealed class RoutingRuleConfiguration : IEntityTypeConfiguration<RoutingRule>
{
    public void Configure(EntityTypeBuilder<RoutingRule> builder)
    {
        builder.ToTable("RoutingRules");
        builder.HasKey(r => r.Area);
        builder.Property(r => r.Area).HasMaxLength(8);
        builder.Property(r => r.RegionId).HasMaxLength(4);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(new RoutingRule(RoutingRule.AbroadOrUnknown, null));
    }
}

internal sealed class ReferenceCounterConfiguration : IEntityTypeConfiguration<ReferenceCounter>
{
    public void Configure(EntityTypeBuilder<ReferenceCounter> builder)
    {
        builder.ToTable("ReferenceCounters");
        builder.HasKey(c => new { c.Series, c.Year });
        builder.Property(c => c.Series).HasMaxLength(4);
        builder.Property(c => c.Year).ValueGeneratedNever();
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Type).HasMaxLength(40);
        builder.Property(m => m.RegionId).HasMaxLength(4);
        builder.Property(m => m.LastError).HasMaxLength(200);
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}
