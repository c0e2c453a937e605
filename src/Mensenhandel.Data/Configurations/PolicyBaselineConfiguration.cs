using Mensenhandel.Domain.Municipalities;
using Mensenhandel.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mensenhandel.Data.Configurations;

internal sealed class PolicyBaselineVersionConfiguration : IEntityTypeConfiguration<PolicyBaselineVersion>
{
    public void Configure(EntityTypeBuilder<PolicyBaselineVersion> builder)
    {
        builder.ToTable("PolicyBaselineVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.MunicipalityCode).HasMaxLength(6);
        builder.Property(v => v.RecordedBy).HasMaxLength(450);
        builder.Ignore(v => v.ElementsInPlace);
        builder.Ignore(v => v.IsComplete);
        // Append-only history; the unique pair makes two saves on top of the same version a conflict.
        builder.HasIndex(v => new { v.MunicipalityCode, v.Number }).IsUnique();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(v => v.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}
