using System.Text.Json;
using CareServices.Assessment.Domain.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Assessment.Api.Persistence.Configurations;

internal sealed class ServiceLineConfiguration : IEntityTypeConfiguration<ServiceLine>
{
    private static readonly JsonSerializerOptions Json = ServiceDefaults.Json.JsonExtensions.Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public void Configure(EntityTypeBuilder<ServiceLine> line)
    {
        line.ToTable("service_lines");
        line.HasKey(l => l.Id);
        line.Property(l => l.Id).ValueGeneratedNever();
        line.Property(l => l.ServiceCode).HasMaxLength(50);
        line.Property(l => l.Kind).HasConversion<string>().HasMaxLength(30);
        line.Property(l => l.Competence).HasConversion<string>().HasMaxLength(30);
        line.Property(l => l.Instructions).HasMaxLength(2000);
        // The pattern is one value (frequency, days, windows, agreed time) that is read and written whole.
        line.Property(l => l.Pattern)
            .HasColumnType("jsonb")
            .HasConversion(
                pattern => JsonSerializer.Serialize(pattern, Json),
                json => JsonSerializer.Deserialize<VisitPattern>(json, Json)!,
                new ValueComparer<VisitPattern>((a, b) => Equals(a, b), p => p.GetHashCode(), p => p));
        line.HasIndex(l => l.DecisionId);
    }
}
