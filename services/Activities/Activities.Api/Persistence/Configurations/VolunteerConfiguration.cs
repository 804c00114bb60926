using CareServices.Activities.Domain.Volunteers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Activities.Api.Persistence.Configurations;

internal sealed class VolunteerConfiguration : IEntityTypeConfiguration<Volunteer>
{
    public void Configure(EntityTypeBuilder<Volunteer> volunteer)
    {
        volunteer.ToTable("volunteers");
        volunteer.HasKey(v => v.Id);
        volunteer.Property(v => v.Id).ValueGeneratedNever();
        volunteer.Property(v => v.MunicipalityId).HasMaxLength(4).IsRequired();
        volunteer.Property(v => v.Name).HasMaxLength(200).IsRequired();
        volunteer.Property(v => v.Phone).HasMaxLength(40);
        volunteer.Property(v => v.Roles).HasConversion(
            roles => roles.Select(r => r.ToString()).ToArray(),
            names => names.Select(Enum.Parse<VolunteerRole>).ToList(),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<VolunteerRole>>(
                (a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (hash, r) => HashCode.Combine(hash, r)), list => list.ToList()));
        volunteer.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        volunteer.OwnsMany(v => v.Availability, slot =>
        {
            slot.ToJson("availability");
            slot.Property(s => s.Day).HasConversion<string>();
        });
        volunteer.HasIndex(v => new { v.MunicipalityId, v.Status });
    }
}
