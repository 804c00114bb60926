namespace CareServices.Notifications.Domain.Delivery;

/// <summary>
/// Where a notification is: waiting to go (or to be retried), handed to the channel, confirmed by the provider,
/// or failed after its last retry (a dead letter an Admin can replay).
/// </summary>
public enum NotificationStatus
{
    Queued,
    Sent,
    Delivered,
    Failed,
}
