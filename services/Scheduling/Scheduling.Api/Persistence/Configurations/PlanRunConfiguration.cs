using CareServices.Scheduling.Domain.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Scheduling.Api.Persistence.Configurations;

internal sealed class PlanRunConfiguration : IEntityTypeConfiguration<PlanRun>
{
    public void Configure(EntityTypeBuilder<PlanRun> plan)
    {
        plan.ToTable("plan_runs");
        plan.HasKey(p => p.Id);
        plan.Property(p => p.Id).ValueGeneratedNever();
        plan.Property(p => p.MunicipalityId).HasMaxLength(4).IsRequired();
        plan.Property(p => p.Zone).HasMaxLength(100).IsRequired();
        plan.Property(p => p.Kind).HasMaxLength(20).IsRequired();
        plan.Property(p => p.Status).HasMaxLength(20).IsRequired();
        plan.Property(p => p.Error).HasMaxLength(2000);
        plan.HasIndex(p => new { p.MunicipalityId, p.Zone, p.Date });
    }
}
