using CareServices.Assessment.Domain.Municipalities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class ZoneConfiguration : IEntityTypeConfiguration<Zone>
{
    public void Configure(EntityTypeBuilder<Zone> zone)
    {
        zone.ToTable("zones");
        zone.HasKey(z => new { z.MunicipalityId, z.Name });
        zone.Property(z => z.MunicipalityId).HasMaxLength(4);
        zone.Property(z => z.Name).HasMaxLength(100);
        zone.HasData(ReferenceData.Municipalities.SelectMany(m => m.Zones.Select(z => new
        {
            MunicipalityId = m.Number, z.Name, z.Latitude, z.Longitude,
        })));
    }
}
