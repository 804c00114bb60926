using CareServices.Scheduling.Domain.Demand;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Scheduling.Api.Persistence.Configurations;

internal sealed class StaffPreferenceConfiguration : IEntityTypeConfiguration<StaffPreference>
{
    public void Configure(EntityTypeBuilder<StaffPreference> preference)
    {
        preference.ToTable("staff_preferences");
        preference.HasKey(p => new { p.RecipientId, p.StaffId });
        preference.Property(p => p.MunicipalityId).HasMaxLength(4).IsRequired();
    }
}
