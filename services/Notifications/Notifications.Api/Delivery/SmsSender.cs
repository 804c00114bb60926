using CareServices.Notifications.Domain.Delivery;

namespace CareServices.Notifications.Api.Delivery;

/// <summary>SMS through the configured provider. The text is always the generic one: an SMS carries no health details.</summary>
public sealed class SmsSender(ISmsProvider provider) : IChannelSender
{
    public Channel Channel => Channel.Sms;

    public Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        provider.SendAsync(message.Address ?? throw new InvalidOperationException("An SMS needs a phone number."),
            message.Content.Body, message.Id.ToString(), cancellationToken);
}
