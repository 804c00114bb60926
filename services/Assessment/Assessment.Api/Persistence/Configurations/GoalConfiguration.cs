using CareServices.Assessment.Domain.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> goal)
    {
        goal.ToTable("goals");
        goal.HasKey(g => g.Id);
        goal.Property(g => g.Id).ValueGeneratedNever();
        goal.Property(g => g.MunicipalityId).HasMaxLength(4);
        goal.Property(g => g.Description).HasMaxLength(2000);
        goal.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        goal.HasOne<Goal>().WithMany().HasForeignKey(g => g.ParentGoalId).OnDelete(DeleteBehavior.Restrict);
        goal.HasIndex(g => g.RecipientId);
    }
}
