using Mensenhandel.Data.ReferenceData;
using Mensenhandel.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mensenhandel.Data.Configurations;

// Reference data is seeded by migration (HasData) so both providers, production scripts and test
// templates get exactly the same rows without any start-up work.
internal sealed class PoliceUnitConfiguration : IEntityTypeConfiguration<PoliceUnit>
{
    public void Configure(EntityTypeBuilder<PoliceUnit> builder)
    {
        builder.ToTable("PoliceUnits");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(4);
        builder.Property(p => p.Name).HasMaxLength(60);
        builder.HasData(ReferenceCatalogue.PoliceUnits);
    }
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("Regions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(4);
        builder.Property(r => r.Name).HasMaxLength(80);
        builder.HasIndex(r => r.Name).IsUnique();
        builder.HasData(ReferenceCatalogue.Regions);
    }
}

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.ToTable("Municipalities");
        builder.HasKey(m => m.Code);
        builder.Property(m => m.Code).HasMaxLength(6);
        builder.Property(m => m.Name).HasMaxLength(80);
        builder.Property(m => m.Province).HasMaxLength(40);
        builder.Property(m => m.SafetyRegion).HasMaxLength(60);
        builder.Property(m => m.PoliceUnitId).HasMaxLength(4);
        builder.Property(m => m.RegionId).HasMaxLength(4);
        builder.HasOne<PoliceUnit>().WithMany().HasForeignKey(m => m.PoliceUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(m => m.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.Name);
        builder.HasData(ReferenceCatalogue.Municipalities);
    }
}
