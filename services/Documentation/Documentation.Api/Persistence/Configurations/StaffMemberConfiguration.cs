using CareServices.Documentation.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Documentation.Api.Persistence.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> staff)
    {
        staff.ToTable("staff_members");
        staff.HasKey(s => s.Id);
        staff.Property(s => s.Id).ValueGeneratedNever();
        staff.Property(s => s.MunicipalityId).HasMaxLength(4).IsRequired();
        staff.Property(s => s.Name).HasMaxLength(200).IsRequired();
        staff.Property(s => s.Zone).HasMaxLength(100).IsRequired();
    }
}
