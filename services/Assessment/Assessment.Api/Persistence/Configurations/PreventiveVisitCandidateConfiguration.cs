using CareServices.Assessment.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class PreventiveVisitCandidateConfiguration : IEntityTypeConfiguration<PreventiveVisitCandidate>
{
    public void Configure(EntityTypeBuilder<PreventiveVisitCandidate> candidate)
    {
        candidate.ToTable("preventive_visit_candidates");
        candidate.HasKey(c => c.Id);
        candidate.Property(c => c.MunicipalityId).HasMaxLength(4);
        candidate.Property(c => c.NationalIdHash).HasMaxLength(64);
        candidate.Property(c => c.Name).HasMaxLength(200);
        candidate.Property(c => c.Street).HasMaxLength(200);
        candidate.Property(c => c.PostalCode).HasMaxLength(10);
        candidate.Property(c => c.City).HasMaxLength(100);
        candidate.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        candidate.HasIndex(c => new { c.MunicipalityId, c.NationalIdHash }).IsUnique();
    }
}
