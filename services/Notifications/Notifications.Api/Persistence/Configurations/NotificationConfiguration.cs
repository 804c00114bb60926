using System.Text.Json;
using CareServices.Notifications.Domain.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Notifications.Api.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    /// <summary>Set while a delivery worker holds the notification, so two replicas never send it at once.</summary>
    public const string LockedUntil = "LockedUntil";

    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.ToTable("notifications");
        notification.HasKey(n => n.Id);
        notification.Property(n => n.Id).ValueGeneratedNever();
        notification.Property(n => n.MunicipalityId).HasMaxLength(4).IsRequired();
        notification.Property(n => n.Channel).HasConversion<string>().HasMaxLength(10);
        notification.Property(n => n.Status).HasConversion<string>().HasMaxLength(10);
        notification.Property(n => n.Address).HasMaxLength(200);
        notification.Property(n => n.Template).HasMaxLength(60).IsRequired();
        notification.Property(n => n.Language).HasMaxLength(8).IsRequired();
        notification.Property(n => n.LastError).HasMaxLength(300);
        notification.Property(n => n.Values)
            .HasColumnType("jsonb")
            .HasConversion(
                values => JsonSerializer.Serialize(values, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonSerializerOptions.Default)!,
                new ValueComparer<IReadOnlyDictionary<string, string>>(
                    (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                    values => values.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value)),
                    values => values.ToDictionary(pair => pair.Key, pair => pair.Value)));
        notification.Property<DateTimeOffset?>(LockedUntil);

        // Exactly once per event, person and channel, whatever the bus or a replay does.
        notification.HasIndex(n => new { n.EventId, n.PersonId, n.Channel }).IsUnique();
        // The delivery workers only ever scan queued rows.
        notification.HasIndex(n => n.NextAttemptAt).HasFilter("status = 'Queued'").HasDatabaseName("ix_notifications_due");
        notification.HasIndex(n => new { n.PersonId, n.Channel, n.SentAt });
        notification.HasIndex(n => new { n.MunicipalityId, n.Status });
    }
}
