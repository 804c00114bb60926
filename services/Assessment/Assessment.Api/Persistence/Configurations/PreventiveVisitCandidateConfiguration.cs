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
        // 64 hex digits of HMAC-SHA256, or an earlier release's "sha256:" and 64 until the next import rehashes it.
        candidate.Property(c => c.NationalIdHash).HasMaxLength(71);
        candidate.Property(c => c.Name).HasMaxLength(200);
        candidate.Property(c => c.Street).HasMaxLength(200);
        candidate.Property(c => c.PostalCode).HasMaxLength(10);
        candidate.Property(c => c.City).HasMaxLength(100);
        candidate.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        candidate.HasIndex(c => new { c.MunicipalityId, c.NationalIdHash }).IsUnique();
    }
}
