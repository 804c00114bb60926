using CareServices.Notifications.Api.Templates;

namespace CareServices.Notifications.Api.Delivery;

/// <summary>
/// What one channel sends once: the content for one person, standing for one or more notifications (a burst or
/// a digest). <see cref="Id"/> is the first notification's id, used as the Message-ID or provider reference.
/// </summary>
public sealed record OutgoingMessage(Guid Id, Guid PersonId, string? Address, bool Urgent, RenderedMessage Content);
