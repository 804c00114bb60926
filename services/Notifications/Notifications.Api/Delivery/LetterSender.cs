using CareServices.Notifications.Domain.Delivery;

namespace CareServices.Notifications.Api.Delivery;

/// <summary>
/// A letter is printed and posted by the office: sending it means it is ready in the print list
/// (<c>GET /api/notifications/letters</c>), rendered as printable HTML when opened.
/// </summary>
public sealed class LetterSender : IChannelSender
{
    public Channel Channel => Channel.Letter;

    public Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken) => Task.CompletedTask;
}
