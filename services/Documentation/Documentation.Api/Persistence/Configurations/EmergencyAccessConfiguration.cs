using CareServices.Documentation.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Documentation.Api.Persistence.Configurations;

internal sealed class EmergencyAccessConfiguration : IEntityTypeConfiguration<EmergencyAccess>
{
    public void Configure(EntityTypeBuilder<EmergencyAccess> access)
    {
        access.ToTable("emergency_accesses");
        access.HasKey(e => e.Id);
        access.Property(e => e.Id).ValueGeneratedNever();
        access.Property(e => e.MunicipalityId).HasMaxLength(4).IsRequired();
        access.Property(e => e.StaffName).HasMaxLength(200).IsRequired();
        access.Property(e => e.Role).HasMaxLength(40).IsRequired();
        access.Property(e => e.Reason).HasMaxLength(EmergencyAccess.ReasonMaxLength).IsRequired();
        access.Property(e => e.ReviewNote).HasMaxLength(EmergencyAccess.ReasonMaxLength);
        access.HasIndex(e => new { e.RecipientId, e.StaffId, e.ExpiresAt });
        access.HasIndex(e => new { e.MunicipalityId, e.ReviewedAt });
    }
}
