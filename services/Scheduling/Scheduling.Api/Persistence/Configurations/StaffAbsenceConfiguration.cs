using CareServices.Scheduling.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Scheduling.Api.Persistence.Configurations;

internal sealed class StaffAbsenceConfiguration : IEntityTypeConfiguration<StaffAbsence>
{
    public void Configure(EntityTypeBuilder<StaffAbsence> absence)
    {
        absence.ToTable("staff_absences");
        absence.HasKey(a => a.Id);
        absence.Property(a => a.Id).ValueGeneratedNever();
        absence.Property(a => a.MunicipalityId).HasMaxLength(4).IsRequired();
        absence.Property(a => a.Kind).HasMaxLength(20).IsRequired();
        absence.Ignore(a => a.Days);
        absence.HasIndex(a => new { a.StaffId, a.FirstDay });
    }
}
