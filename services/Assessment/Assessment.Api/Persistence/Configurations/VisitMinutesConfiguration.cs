using CareServices.Assessment.Domain.FollowUp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class VisitMinutesConfiguration : IEntityTypeConfiguration<VisitMinutes>
{
    public void Configure(EntityTypeBuilder<VisitMinutes> visit)
    {
        visit.ToTable("visit_minutes");
        visit.HasKey(v => new { v.VisitId, v.ServiceLineId });
        visit.Property(v => v.MunicipalityId).HasMaxLength(4);
        // The reconciliation report reads a municipality's weeks, grouped by recipient and line.
        visit.HasIndex(v => new { v.MunicipalityId, v.WeekStart, v.RecipientId });
    }
}
