using Microsoft.AspNetCore.SignalR;

namespace CareServices.Notifications.Api.Feed;

/// <summary>
/// Real-time push of a person's in-app feed. Clients only listen (<c>notification</c> messages); what they have
/// missed while away they read from <c>GET /api/notifications/feed</c>. Behind the Redis backplane, a message sent
/// by any replica reaches the person's connections on every replica.
/// </summary>
public sealed class FeedHub : Hub
{
    public const string Path = "/api/notifications/hub";
    public const string NotificationMethod = "notification";
}
