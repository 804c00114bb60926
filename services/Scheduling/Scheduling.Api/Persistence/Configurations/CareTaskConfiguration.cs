using CareServices.Scheduling.Domain.Demand;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Scheduling.Api.Persistence.Configurations;

internal sealed class CareTaskConfiguration : IEntityTypeConfiguration<CareTask>
{
    public void Configure(EntityTypeBuilder<CareTask> task)
    {
        task.ToTable("care_tasks");
        task.HasKey(t => t.Id);
        task.Property(t => t.Id).ValueGeneratedNever();
        task.Property(t => t.MunicipalityId).HasMaxLength(4).IsRequired();
        task.Property(t => t.ServiceCode).HasMaxLength(50).IsRequired();
        task.Property(t => t.Competence).HasMaxLength(40).IsRequired();
        task.Property(t => t.Recurrence).HasMaxLength(200).IsRequired();
        task.Property(t => t.PreferredRecurrence).HasMaxLength(200);
        task.Ignore(t => t.EffectiveRecurrence);
        task.Ignore(t => t.EffectiveWindowStart);
        task.Ignore(t => t.EffectiveWindowEnd);
        task.HasIndex(t => t.RecipientId);
        task.HasIndex(t => t.DecisionId);
    }
}
