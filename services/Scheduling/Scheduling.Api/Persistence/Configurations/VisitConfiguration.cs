using System.Text.Json;
using CareServices.Scheduling.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Scheduling.Api.Persistence.Configurations;

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Visit> visit)
    {
        visit.ToTable("visits");
        visit.HasKey(v => v.Id);
        visit.Property(v => v.Id).ValueGeneratedNever();
        visit.Property(v => v.MunicipalityId).HasMaxLength(4).IsRequired();
        visit.Property(v => v.Status).HasMaxLength(20).IsRequired();
        visit.Property(v => v.Signature).HasMaxLength(2000).IsRequired();
        visit.Property(v => v.CancellationReason).HasMaxLength(200);
        visit.Property(v => v.PositionWarning).HasMaxLength(200);
        visit.Property(v => v.Lines)
            .HasColumnType("jsonb")
            .HasConversion(
                lines => JsonSerializer.Serialize(lines, Json),
                json => JsonSerializer.Deserialize<List<VisitLine>>(json, Json) ?? new List<VisitLine>(),
                new ValueComparer<List<VisitLine>>((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, x) => HashCode.Combine(h, x)), l => l.ToList()));
        visit.Ignore(v => v.PlannedEnd);
        visit.Ignore(v => v.IsPublished);
        visit.Ignore(v => v.IsActive);
        visit.Ignore(v => v.RequiredCompetences);
        visit.HasIndex(v => new { v.RecipientId, v.Date });
        visit.HasIndex(v => new { v.MunicipalityId, v.Date });
        visit.HasIndex(v => v.StaffIds).HasMethod("gin");
    }
}
