using CareServices.Scheduling.Domain.Demand;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Scheduling.Api.Persistence.Configurations;

internal sealed class UnavailabilityConfiguration : IEntityTypeConfiguration<Unavailability>
{
    public void Configure(EntityTypeBuilder<Unavailability> away)
    {
        away.ToTable("recipient_unavailability");
        away.HasKey(a => a.Id);
        away.Property(a => a.Id).ValueGeneratedNever();
        away.Property(a => a.MunicipalityId).HasMaxLength(4).IsRequired();
        away.Property(a => a.Reason).HasMaxLength(20).IsRequired();
        away.HasIndex(a => a.RecipientId);
    }
}
