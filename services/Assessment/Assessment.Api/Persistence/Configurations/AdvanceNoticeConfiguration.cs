using CareServices.Assessment.Domain.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class AdvanceNoticeConfiguration : IEntityTypeConfiguration<AdvanceNotice>
{
    public void Configure(EntityTypeBuilder<AdvanceNotice> notice)
    {
        notice.ToTable("advance_notices");
        notice.HasKey(n => n.Id);
        notice.Property(n => n.MunicipalityId).HasMaxLength(4);
        notice.Property(n => n.DecisionNumber).HasMaxLength(30);
        notice.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        notice.Property(n => n.Reason).HasMaxLength(4000);
        notice.Property(n => n.WaivedReason).HasMaxLength(4000);
        notice.Property(n => n.CreatedBy).HasMaxLength(200);
        notice.Ignore(n => n.Waived);
        notice.HasIndex(n => new { n.MunicipalityId, n.DecisionNumber });
    }
}
