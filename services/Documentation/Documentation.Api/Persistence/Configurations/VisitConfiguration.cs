using CareServices.Documentation.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Documentation.Api.Persistence.Configurations;

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> visit)
    {
        visit.ToTable("visits");
        visit.HasKey(v => v.Id);
        visit.Property(v => v.Id).ValueGeneratedNever();
        visit.Property(v => v.MunicipalityId).HasMaxLength(4).IsRequired();
        visit.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        visit.Property(v => v.StaffIds).HasColumnType("uuid[]");
        visit.OwnsMany(v => v.Lines, lines => lines.ToJson());
        // The care-relation check: this recipient's visits in a window around now.
        visit.HasIndex(v => new { v.RecipientId, v.PlannedStart });
    }
}
