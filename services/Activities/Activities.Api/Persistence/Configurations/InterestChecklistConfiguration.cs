using CareServices.Activities.Domain.Interests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Activities.Api.Persistence.Configurations;

internal sealed class InterestChecklistConfiguration : IEntityTypeConfiguration<InterestChecklist>
{
    public void Configure(EntityTypeBuilder<InterestChecklist> checklist)
    {
        checklist.ToTable("interest_checklists");
        checklist.HasKey(c => c.Id);
        checklist.Property(c => c.Id).ValueGeneratedNever();
        checklist.Property(c => c.MunicipalityId).HasMaxLength(4).IsRequired();
        checklist.Property(c => c.DoneBy).HasMaxLength(200);
        checklist.Property(c => c.MeetsOthers).HasConversion<string>().HasMaxLength(20);
        checklist.Property(c => c.Misses).HasMaxLength(2000);
        checklist.OwnsMany(c => c.Answers, answer =>
        {
            answer.ToJson("answers");
            answer.Property(a => a.Answer).HasConversion<string>();
        });
        checklist.HasIndex(c => new { c.RecipientId, c.DoneOn });
        checklist.HasIndex(c => c.MunicipalityId);
    }
}
