namespace CareServices.Notifications.Domain.Delivery;

/// <summary>
/// One message for one person on one channel because of one event. (<see cref="EventId"/>, <see cref="PersonId"/>,
/// <see cref="Channel"/>) is unique, so a redelivered or replayed event never tells anyone twice. The text is rendered
/// when it is sent, from <see cref="Template"/>, <see cref="Language"/> and <see cref="Values"/>.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid EventId { get; private set; }
    public Guid PersonId { get; private set; }
    public Channel Channel { get; private set; }

    /// <summary>E-mail address or phone number; null for the in-app feed and letters.</summary>
    public string? Address { get; private set; }

    public string Template { get; private set; } = "";
    public string Language { get; private set; } = "";
    public bool Urgent { get; private set; }
    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();
    public NotificationStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>What went wrong last (the failure's kind, never message contents or addresses).</summary>
    public string? LastError { get; private set; }

    public static Notification Queue(NotificationRequest request, Guid personId, Channel channel, string? address, string language, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        MunicipalityId = request.MunicipalityId,
        EventId = request.EventId,
        PersonId = personId,
        Channel = channel,
        Address = address,
        Template = request.Template,
        Language = language,
        Urgent = request.Urgent,
        Values = request.Values,
        Status = NotificationStatus.Queued,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    public void MarkSent(DateTimeOffset now)
    {
        Attempts++;
        Status = NotificationStatus.Sent;
        SentAt = now;
        LastError = null;
    }

    public void MarkDelivered(DateTimeOffset now)
    {
        Status = NotificationStatus.Delivered;
        DeliveredAt = now;
    }

    /// <summary>Counts a failed attempt: retried after the policy's backoff, or failed for good after the last one.</summary>
    public void MarkAttemptFailed(string error, RetryPolicy policy, DateTimeOffset now)
    {
        Attempts++;
        LastError = error;
        if (Attempts >= policy.MaxAttempts)
        {
            Status = NotificationStatus.Failed;
            return;
        }
        NextAttemptAt = now + policy.DelayAfter(Attempts);
    }

    /// <summary>Holds the notification back without counting an attempt (quiet hours, digest, burst limit).</summary>
    public void Defer(DateTimeOffset until) => NextAttemptAt = until;

    /// <summary>Puts a dead letter back in the queue with fresh attempts; only a failed notification can be replayed.</summary>
    public bool Replay(DateTimeOffset now)
    {
        if (Status != NotificationStatus.Failed)
        {
            return false;
        }
        Status = NotificationStatus.Queued;
        Attempts = 0;
        NextAttemptAt = now;
        return true;
    }
}
