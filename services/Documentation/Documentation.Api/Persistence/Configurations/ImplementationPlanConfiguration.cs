using CareServices.Documentation.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Documentation.Api.Persistence.Configurations;

internal sealed class ImplementationPlanConfiguration : IEntityTypeConfiguration<ImplementationPlan>
{
    public void Configure(EntityTypeBuilder<ImplementationPlan> plan)
    {
        plan.ToTable("implementation_plans");
        plan.HasKey(p => p.Id);
        plan.Property(p => p.Id).ValueGeneratedNever();
        plan.Property(p => p.MunicipalityId).HasMaxLength(4).IsRequired();
        plan.Property(p => p.DecisionNumber).HasMaxLength(40).IsRequired();
        plan.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        plan.OwnsMany(p => p.Lines, lines => lines.ToJson());
        plan.HasIndex(p => new { p.MunicipalityId, p.DecisionNumber, p.Version }).IsUnique();
        plan.HasIndex(p => p.RecipientId);
    }
}
