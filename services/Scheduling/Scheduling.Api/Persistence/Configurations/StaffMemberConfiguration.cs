using CareServices.Scheduling.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Scheduling.Api.Persistence.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> staff)
    {
        staff.ToTable("staff");
        staff.HasKey(s => s.Id);
        staff.Property(s => s.Id).ValueGeneratedNever();
        staff.Property(s => s.MunicipalityId).HasMaxLength(4).IsRequired();
        staff.Property(s => s.Name).HasMaxLength(200).IsRequired();
        staff.Property(s => s.Zone).HasMaxLength(100).IsRequired();
        staff.Property(s => s.TransportMode).HasMaxLength(20).IsRequired();
        staff.Property(s => s.Version).IsConcurrencyToken();
        staff.HasIndex(s => new { s.MunicipalityId, s.Zone, s.Name });
    }
}
