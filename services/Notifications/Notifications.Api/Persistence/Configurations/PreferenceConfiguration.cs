using CareServices.Notifications.Domain.Delivery;
using CareServices.Notifications.Domain.Preferences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareServices.Notifications.Api.Persistence.Configurations;

internal sealed class PreferenceConfiguration : IEntityTypeConfiguration<Preference>
{
    public void Configure(EntityTypeBuilder<Preference> preference)
    {
        preference.ToTable("preferences");
        preference.HasKey(p => p.PersonId);
        preference.Property(p => p.MunicipalityId).HasMaxLength(4).IsRequired();
        preference.Property(p => p.Language).HasMaxLength(8);
        preference.Property(p => p.Channels)
            .HasMaxLength(60)
            .HasConversion(
                channels => string.Join(',', channels.Select(c => c.Name())),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToList(),
                new ValueComparer<IReadOnlyList<Channel>>(
                    (a, b) => a!.SequenceEqual(b!),
                    channels => channels.Aggregate(0, (hash, c) => HashCode.Combine(hash, c)),
                    channels => channels.ToList()));
        preference.Property(p => p.QuietHours)
            .HasMaxLength(11)
            .HasConversion(
                quiet => quiet == null ? null : quiet.ToString(),
                text => ParseQuietHours(text));
    }

    private static Channel Parse(string name) =>
        Channels.TryParse(name, out var channel) ? channel : throw new InvalidOperationException($"Unknown channel '{name}' in the database.");

    private static QuietHours? ParseQuietHours(string? text) => QuietHours.TryParse(text, out var quiet) ? quiet : null;
}
