using CareServices.Activities.Domain.Volunteers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Activities.Api.Persistence.Configurations;

internal sealed class VolunteerAssignmentConfiguration : IEntityTypeConfiguration<VolunteerAssignment>
{
    public void Configure(EntityTypeBuilder<VolunteerAssignment> assignment)
    {
        assignment.ToTable("volunteer_assignments");
        assignment.HasKey(a => a.Id);
        assignment.Property(a => a.Id).ValueGeneratedNever();
        assignment.Property(a => a.MunicipalityId).HasMaxLength(4).IsRequired();
        assignment.HasOne<Volunteer>().WithMany().HasForeignKey(a => a.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        assignment.Property(a => a.Role).HasConversion<string>().HasMaxLength(30);
        assignment.Ignore(a => a.IsActive);
        assignment.HasIndex(a => new { a.RecipientId, a.EndedAt });
        // A volunteer holds one live match per recipient and role.
        assignment.HasIndex(a => new { a.VolunteerId, a.RecipientId, a.Role }).IsUnique().HasFilter("ended_at IS NULL");
    }
}
