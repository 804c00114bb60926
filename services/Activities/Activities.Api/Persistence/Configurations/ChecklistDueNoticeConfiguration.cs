using CareServices.Activities.Domain.Interests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Activities.Api.Persistence.Configurations;

internal sealed class ChecklistDueNoticeConfiguration : IEntityTypeConfiguration<ChecklistDueNotice>
{
    public void Configure(EntityTypeBuilder<ChecklistDueNotice> notice)
    {
        notice.ToTable("checklist_due_notices");
        notice.HasKey(n => new { n.RecipientId, n.LastChecklistId });
        notice.Property(n => n.MunicipalityId).HasMaxLength(4).IsRequired();
    }
}
