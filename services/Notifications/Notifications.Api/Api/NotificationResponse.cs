using CareServices.Notifications.Domain.Delivery;

namespace CareServices.Notifications.Api.Api;

/// <summary>A notification's delivery state (no address and no text: those are personal data).</summary>
public sealed record NotificationResponse(
    Guid Id, Guid EventId, Guid PersonId, string Channel, string Template, string Language, bool Urgent, string Status,
    int Attempts, DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt, DateTimeOffset? DeliveredAt, string? LastError)
{
    public static NotificationResponse From(Notification n) => new(
        n.Id, n.EventId, n.PersonId, n.Channel.Name(), n.Template, n.Language, n.Urgent, n.Status.ToString().ToLowerInvariant(),
        n.Attempts, n.CreatedAt, n.NextAttemptAt, n.SentAt, n.DeliveredAt, n.LastError);
}
