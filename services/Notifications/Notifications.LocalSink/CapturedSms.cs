namespace CareServices.Notifications.LocalSink;

/// <summary>An SMS as an HTTP provider receives it: number, text and the sender's own reference.</summary>
public sealed record CapturedSms(string To, string Text, string? Reference, DateTimeOffset? ReceivedAt = null);
