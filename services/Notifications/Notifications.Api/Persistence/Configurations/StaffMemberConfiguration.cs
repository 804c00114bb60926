using CareServices.Notifications.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Notifications.Api.Persistence.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> staff)
    {
        staff.ToTable("staff");
        staff.HasKey(s => s.Id);
        staff.Property(s => s.Id).ValueGeneratedNever();
        staff.Property(s => s.MunicipalityId).HasMaxLength(4).IsRequired();
        staff.Property(s => s.Name).HasMaxLength(200).IsRequired();
        staff.Property(s => s.Email).HasMaxLength(200);
        staff.Property(s => s.Phone).HasMaxLength(30);
        staff.Property(s => s.Language).HasMaxLength(8).IsRequired();
        staff.Property(s => s.Zone).HasMaxLength(100);
        staff.HasIndex(s => new { s.MunicipalityId, s.Zone });
    }
}
