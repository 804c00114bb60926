using CareServices.Assessment.Domain.Recipients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class AssignedContactPersonConfiguration : IEntityTypeConfiguration<AssignedContactPerson>
{
    public void Configure(EntityTypeBuilder<AssignedContactPerson> assigned)
    {
        assigned.ToTable("assigned_contact_persons");
        assigned.HasKey(a => a.RecipientId);
        assigned.Property(a => a.MunicipalityId).HasMaxLength(4);
        assigned.Property(a => a.PrimaryName).HasMaxLength(200);
        assigned.Property(a => a.SecondaryName).HasMaxLength(200);
        assigned.Property(a => a.ActingName).HasMaxLength(200);
    }
}
