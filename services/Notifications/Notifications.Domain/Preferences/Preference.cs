using CareServices.Notifications.Domain.Delivery;

namespace CareServices.Notifications.Domain.Preferences;

/// <summary>How one person wants to be told: channels in order of preference, language, quiet hours, daily digest.</summary>
public sealed class Preference
{
    private Preference()
    {
    }

    public Guid PersonId { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public IReadOnlyList<Channel> Channels { get; private set; } = [];
    public string? Language { get; private set; }
    public QuietHours? QuietHours { get; private set; }

    /// <summary>Non-urgent messages wait for one daily message instead of arriving one by one.</summary>
    public bool DailyDigest { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Preference For(Guid personId, string municipalityId) => new() { PersonId = personId, MunicipalityId = municipalityId };

    public void Set(IReadOnlyList<Channel> channels, string? language, QuietHours? quietHours, bool dailyDigest, DateTimeOffset now)
    {
        Channels = channels;
        Language = language;
        QuietHours = quietHours;
        DailyDigest = dailyDigest;
        UpdatedAt = now;
    }
}
