namespace CareServices.Notifications.Api.Api;

/// <summary>
/// A person's preferences: <c>channels</c> in order (<c>email</c>, <c>sms</c>, <c>inapp</c>), <c>language</c>
/// (<c>nb</c>, <c>nn</c>, <c>sv</c>, <c>da</c>, <c>en</c>), <c>quietHours</c> like <c>21:00-08:00</c>, <c>dailyDigest</c>.
/// </summary>
public sealed record PreferenceRequest(IReadOnlyList<string>? Channels, string? Language, string? QuietHours, bool DailyDigest);
