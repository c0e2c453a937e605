using Mensenhandel.Domain.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mensenhandel.Data.Privacy;

internal sealed class PrivacyDecisionConfiguration : IEntityTypeConfiguration<PrivacyDecision>
{
    public void Configure(EntityTypeBuilder<PrivacyDecision> builder)
    {
        builder.ToTable("PrivacyDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Reference).HasMaxLength(20);
        builder.Property(d => d.DecidedBy).HasMaxLength(450);
        builder.HasIndex(d => new { d.Reference, d.DecidedAt });
    }
}

internal sealed class AuditVerificationRunConfiguration : IEntityTypeConfiguration<AuditVerificationRun>
{
    public void Configure(EntityTypeBuilder<AuditVerificationRun> builder)
    {
        builder.ToTable("AuditVerificationRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.CheckedAt);
    }
}
