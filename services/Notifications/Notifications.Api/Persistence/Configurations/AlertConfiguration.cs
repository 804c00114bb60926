using CareServices.Notifications.Domain.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Notifications.Api.Persistence.Configurations;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> alert)
    {
        alert.ToTable("alerts");
        alert.HasKey(a => a.Id);
        alert.Property(a => a.Id).ValueGeneratedNever();
        alert.Property(a => a.MunicipalityId).HasMaxLength(4).IsRequired();
        alert.Property(a => a.AcknowledgedBy).HasMaxLength(100);
        alert.Ignore(a => a.LastLevel);
        alert.Ignore(a => a.IsOpen);
        // One alert per missed visit, whatever the bus delivers.
        alert.HasIndex(a => a.VisitId).IsUnique();
        // The escalation workers only scan alerts still waiting for a step.
        alert.HasIndex(a => a.NextStepAt).HasFilter("acknowledged_at IS NULL AND next_step_at IS NOT NULL").HasDatabaseName("ix_alerts_due");
        alert.HasIndex(a => new { a.MunicipalityId, a.AcknowledgedAt });
        alert.OwnsMany(a => a.Steps, step =>
        {
            step.ToTable("alert_steps");
            step.WithOwner().HasForeignKey("AlertId");
            step.Property<int>("Id");
            step.HasKey("AlertId", "Id");
            step.Property(s => s.Level).HasConversion<string>().HasMaxLength(40);
        });
        alert.Navigation(a => a.Steps).HasField("_steps");
    }
}
