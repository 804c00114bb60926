using CareServices.Notifications.Api.Feed;
using CareServices.Notifications.Domain.Delivery;
using Microsoft.AspNetCore.SignalR;

namespace CareServices.Notifications.Api.Delivery;

/// <summary>
/// The in-app feed: the notification row is the feed entry (listed by <c>GET /feed</c>); sending pushes it to the
/// person's open connections through SignalR (on the Redis backplane, so whichever replica holds them).
/// </summary>
public sealed class InAppSender(IHubContext<FeedHub> hub, TimeProvider timeProvider) : IChannelSender
{
    public Channel Channel => Channel.InApp;

    public Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        hub.Clients.User(message.PersonId.ToString()).SendAsync(FeedHub.NotificationMethod,
            new FeedItem(message.Id, message.Content.Subject, message.Content.Body, message.Urgent, timeProvider.GetUtcNow()), cancellationToken);
}
