using CareServices.Documentation.Domain.Deviations;
using CareServices.Documentation.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Documentation.Api.Persistence.Configurations;

internal sealed class DeviationConfiguration : IEntityTypeConfiguration<Deviation>
{
    public void Configure(EntityTypeBuilder<Deviation> deviation)
    {
        deviation.ToTable("deviations");
        deviation.HasKey(d => d.Id);
        deviation.Property(d => d.Id).ValueGeneratedNever();
        deviation.Property(d => d.MunicipalityId).HasMaxLength(4).IsRequired();
        deviation.Property(d => d.Zone).HasMaxLength(100).IsRequired();
        deviation.Property(d => d.Type).HasConversion<string>().HasMaxLength(30);
        deviation.Property(d => d.Severity).HasConversion<string>().HasMaxLength(20);
        deviation.Property(d => d.Description).HasMaxLength(TextLimits.MaxLength).IsRequired();
        deviation.Property(d => d.ImmediateAction).HasMaxLength(TextLimits.MaxLength);
        deviation.Property(d => d.ClosingNote).HasMaxLength(TextLimits.MaxLength);
        deviation.OwnsMany(d => d.FollowUps, actions => actions.ToJson());
        deviation.HasIndex(d => new { d.MunicipalityId, d.Zone, d.ReportedAt });
        // A missed visit opens one deviation, however often the event is delivered.
        deviation.HasIndex(d => d.VisitId).IsUnique().HasFilter("type = 'MissedVisit'");
    }
}
