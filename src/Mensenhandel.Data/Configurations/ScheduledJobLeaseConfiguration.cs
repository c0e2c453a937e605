using Mensenhandel.Data.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mensenhandel.Data.Configurations;

internal sealed class ScheduledJobLeaseConfiguration : IEntityTypeConfiguration<ScheduledJobLease>
{
    public void Configure(EntityTypeBuilder<ScheduledJobLease> builder)
    {
        builder.ToTable("ScheduledJobLeases");
        builder.HasKey(l => l.JobName);
        builder.Property(l => l.JobName).HasMaxLength(100);
        builder.Property(l => l.LastError).HasMaxLength(200);
    }
}
