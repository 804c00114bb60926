using CareServices.Scheduling.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Scheduling.Api.Persistence.Configurations;

internal sealed class RosterShiftConfiguration : IEntityTypeConfiguration<RosterShift>
{
    public void Configure(EntityTypeBuilder<RosterShift> shift)
    {
        shift.ToTable("roster_shifts");
        shift.HasKey(s => s.Id);
        shift.Property(s => s.Id).ValueGeneratedNever();
        shift.Property(s => s.MunicipalityId).HasMaxLength(4).IsRequired();
        shift.Property(s => s.Template).HasMaxLength(20).IsRequired();
        shift.Ignore(s => s.Period);
        // One shift of each kind per person and date: a roster entered twice does not double a person.
        shift.HasIndex(s => new { s.StaffId, s.Date, s.Template }).IsUnique();
        shift.HasIndex(s => new { s.MunicipalityId, s.Date });
    }
}
