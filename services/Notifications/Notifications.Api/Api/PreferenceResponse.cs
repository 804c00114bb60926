using CareServices.Notifications.Domain.Delivery;
using CareServices.Notifications.Domain.Preferences;

namespace CareServices.Notifications.Api.Api;

public sealed record PreferenceResponse(Guid PersonId, IReadOnlyList<string> Channels, string? Language, string? QuietHours, bool DailyDigest)
{
    public static PreferenceResponse From(Preference p) =>
        new(p.PersonId, p.Channels.Select(c => c.Name()).ToList(), p.Language, p.QuietHours?.ToString(), p.DailyDigest);
}
