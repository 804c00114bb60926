using CareServices.Assessment.Domain.Municipalities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> municipality)
    {
        municipality.ToTable("municipalities");
        municipality.HasKey(m => m.Number);
        municipality.Property(m => m.Number).HasMaxLength(4);
        municipality.Property(m => m.Name).HasMaxLength(100).IsRequired();
        municipality.Property(m => m.Country).HasMaxLength(2).IsRequired();
        municipality.Property(m => m.Language).HasMaxLength(8).IsRequired();
        municipality.Property(m => m.TimeZone).HasMaxLength(64).IsRequired();
        municipality.HasMany(m => m.Zones).WithOne().HasForeignKey(z => z.MunicipalityId);
        municipality.Navigation(m => m.Zones).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        municipality.HasData(ReferenceData.Municipalities.Select(m => new
        {
            m.Number, m.Name, m.Country, m.Language, TimeZone = Countries.DefaultTimeZone(m.Country),
        }));
    }
}
