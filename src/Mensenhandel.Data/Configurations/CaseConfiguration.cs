using Mensenhandel.Domain.Cases;
using Mensenhandel.Domain.Organisations;
using Mensenhandel.Domain.ReferenceData;
using Mensenhandel.Domain.Reports;
using Mensenhandel.Data.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mensenhandel.Data.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Reference).HasMaxLength(20);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.RegionId).HasMaxLength(4);
        builder.Property(c => c.AssignedTo).HasMaxLength(450);
        builder.Property(c => c.ResponsibleMunicipalityCode).HasMaxLength(6);
        builder.Property(c => c.ResponsibilityReason).IsEncrypted(Case.MaxReasonLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.RegionId, c.Status, c.OpenedAt });
        builder.HasIndex(c => c.AssignedTo);
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(c => c.ResponsibleMunicipalityCode).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(c => c.Forms).WithOne().HasForeignKey(f => f.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Placements).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Disputes).WithOne().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Forms).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Placements).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Disputes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.ConsentRecords).WithOne().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.ConsentRecords).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(c => c.PseudonymisedAt);
    }
}

internal sealed class CaseFormConfiguration : IEntityTypeConfiguration<CaseForm>
{
    public void Configure(EntityTypeBuilder<CaseForm> builder)
    {
        builder.ToTable("CaseForms");
        builder.HasKey(f => new { f.CaseId, f.Form });
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.ToTable("CaseEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.Text).IsEncrypted(Case.MaxNoteLength + 200);
        builder.HasIndex(e => new { e.CaseId, e.At });
    }
}

internal sealed class ShelterPlacementConfiguration : IEntityTypeConfiguration<ShelterPlacement>
{
    public void Configure(EntityTypeBuilder<ShelterPlacement> builder)
    {
        builder.ToTable("ShelterPlacements");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FundingDisputeConfiguration : IEntityTypeConfiguration<FundingDispute>
{
    public void Configure(EntityTypeBuilder<FundingDispute> builder)
    {
        builder.ToTable("FundingDisputes");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.MunicipalityCodes).HasMaxLength(200);
        builder.Property(d => d.Note).IsEncrypted(Case.MaxReasonLength);
        builder.Property(d => d.OpenedBy).HasMaxLength(450);
        builder.Property(d => d.PayingMunicipalityCode).HasMaxLength(6);
        builder.Ignore(d => d.Municipalities);
        builder.HasIndex(d => d.ResolvedAt);
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("Referrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Request).IsEncrypted(Referral.MaxTextLength);
        builder.Property(r => r.AnswerReason).IsEncrypted(Referral.MaxTextLength);
        builder.Property(r => r.SentBy).HasMaxLength(450);
        builder.Property(r => r.AnsweredBy).HasMaxLength(450);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.RecipientOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.RecipientOrganisationId, r.Status, r.SentAt });
        builder.HasIndex(r => r.CaseId);
    }
}

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("ConsentRecords");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.TextVersion).HasMaxLength(ConsentRecord.MaxTextVersionLength);
        builder.Property(c => c.RecordedBy).HasMaxLength(450);
        builder.Property(c => c.WithdrawalRecordedBy).HasMaxLength(450);
        builder.HasIndex(c => new { c.CaseId, c.GivenAt });
    }
}
