namespace CareServices.Notifications.Api.Feed;

/// <summary>One entry of a person's in-app feed, as pushed and as listed.</summary>
public sealed record FeedItem(Guid Id, string Subject, string Body, bool Urgent, DateTimeOffset CreatedAt);
