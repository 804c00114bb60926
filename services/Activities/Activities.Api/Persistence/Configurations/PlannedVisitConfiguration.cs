using CareServices.Activities.Domain.Recipients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Activities.Api.Persistence.Configurations;

internal sealed class PlannedVisitConfiguration : IEntityTypeConfiguration<PlannedVisit>
{
    public void Configure(EntityTypeBuilder<PlannedVisit> visit)
    {
        visit.ToTable("planned_visits");
        visit.HasKey(v => v.VisitId);
        visit.Property(v => v.VisitId).ValueGeneratedNever();
        visit.Property(v => v.MunicipalityId).HasMaxLength(4).IsRequired();
        visit.HasIndex(v => new { v.RecipientId, v.Start });
    }
}
