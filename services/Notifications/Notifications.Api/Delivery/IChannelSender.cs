using CareServices.Notifications.Domain.Delivery;

namespace CareServices.Notifications.Api.Delivery;

/// <summary>Hands a message to one channel; throws when the channel did not take it (the worker retries).</summary>
public interface IChannelSender
{
    Channel Channel { get; }

    Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
