namespace CareServices.Notifications.Domain.Delivery;

/// <summary>What a rule decided to tell about one event: the template, its values and how urgent it is.</summary>
public sealed record NotificationRequest(
    Guid EventId, string MunicipalityId, string Template, bool Urgent, IReadOnlyDictionary<string, string> Values);
