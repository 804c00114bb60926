using CareServices.Scheduling.Domain.ContactPersons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Scheduling.Api.Persistence.Configurations;

internal sealed class ContactAssignmentConfiguration : IEntityTypeConfiguration<ContactAssignment>
{
    public void Configure(EntityTypeBuilder<ContactAssignment> assignment)
    {
        assignment.ToTable("contact_assignments");
        assignment.HasKey(a => a.RecipientId);
        assignment.Property(a => a.RecipientId).ValueGeneratedNever();
        assignment.Property(a => a.MunicipalityId).HasMaxLength(4).IsRequired();
        assignment.Ignore(a => a.SecondaryActing);
        assignment.Property(a => a.Version).IsConcurrencyToken();
        assignment.HasIndex(a => a.PrimaryStaffId);
    }
}
