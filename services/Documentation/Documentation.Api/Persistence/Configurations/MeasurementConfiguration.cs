using CareServices.Documentation.Domain.Measurements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Documentation.Api.Persistence.Configurations;

internal sealed class MeasurementConfiguration : IEntityTypeConfiguration<Measurement>
{
    public void Configure(EntityTypeBuilder<Measurement> measurement)
    {
        measurement.ToTable("measurements");
        measurement.HasKey(m => m.Id);
        measurement.Property(m => m.Id).ValueGeneratedNever();
        measurement.Property(m => m.MunicipalityId).HasMaxLength(4).IsRequired();
        measurement.Property(m => m.Kind).HasConversion<string>().HasMaxLength(30);
        measurement.Property(m => m.WeightKg).HasPrecision(5, 1);
        measurement.Property(m => m.RecordedByName).HasMaxLength(200).IsRequired();
        measurement.OwnsMany(m => m.Items, items => items.ToJson());
        measurement.HasIndex(m => new { m.RecipientId, m.MeasuredAt });
    }
}
