using CareServices.Assessment.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class PreventiveVisitConfiguration : IEntityTypeConfiguration<PreventiveVisit>
{
    public void Configure(EntityTypeBuilder<PreventiveVisit> visit)
    {
        visit.ToTable("preventive_visits");
        visit.HasKey(v => v.RecipientId);
        visit.Property(v => v.MunicipalityId).HasMaxLength(4);
        visit.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        visit.Property(v => v.Outcome).HasMaxLength(2000);
    }
}
