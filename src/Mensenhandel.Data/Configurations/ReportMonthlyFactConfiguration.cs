using Mensenhandel.Data.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mensenhandel.Data.Configurations;

internal sealed class ReportMonthlyFactConfiguration : IEntityTypeConfiguration<ReportMonthlyFact>
{
    public void Configure(EntityTypeBuilder<ReportMonthlyFact> builder)
    {
        builder.ToTable("ReportMonthlyFacts");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.RegionId).HasMaxLength(4);
        builder.Property(f => f.MunicipalityCode).HasMaxLength(6);
        // Every dashboard figure reads one kind over a range of months, nationally or for one region.
        builder.HasIndex(f => new { f.Kind, f.Month, f.RegionId });
        builder.HasIndex(f => f.Month);
    }
}

internal sealed class ReportFactMonthConfiguration : IEntityTypeConfiguration<ReportFactMonth>
{
    public void Configure(EntityTypeBuilder<ReportFactMonth> builder)
    {
        builder.ToTable("ReportFactMonths");
        builder.HasKey(m => m.Month);
        builder.Property(m => m.Month).ValueGeneratedNever();
    }
}
