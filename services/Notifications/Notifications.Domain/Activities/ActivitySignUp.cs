using System.Security.Cryptography;

namespace CareServices.Notifications.Domain.Activities;

/// <summary>
/// Notifications' view of a recipient's sign-up for one occurrence of an activity, fed by Activities' events, so the
/// recipient (and the relatives they consented to have told) can be reminded the day before. Only a confirmed seat
/// is reminded; a cancelled sign-up, cancelled occurrence or an occurrence a schedule change removed ends it for good.
/// </summary>
public sealed class ActivitySignUp
{
    private ActivitySignUp()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid ActivityId { get; private set; }
    public Guid RecipientId { get; private set; }
    public string Title { get; private set; } = "";
    public string PlaceName { get; private set; } = "";
    public DateTimeOffset OccurrenceStart { get; private set; }

    /// <summary>A seat, not a wait-list place.</summary>
    public bool Confirmed { get; private set; }

    /// <summary>When the sign-up ended (cancelled, or its occurrence cancelled or gone); null while it stands.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>When the newest sign-up event applied here happened, so a stale one changes nothing.</summary>
    public DateTimeOffset AsOf { get; private set; }

    /// <summary>When the reminder was queued; null until then.</summary>
    public DateTimeOffset? RemindedAt { get; private set; }

    public static ActivitySignUp Record(
        Guid id, string municipalityId, Guid activityId, Guid recipientId, string title, string placeName, DateTimeOffset occurrenceStart, DateTimeOffset asOf) => new()
    {
        Id = id,
        MunicipalityId = municipalityId,
        ActivityId = activityId,
        RecipientId = recipientId,
        Title = title,
        PlaceName = placeName,
        // Stored as UTC: events may carry the municipality's offset.
        OccurrenceStart = occurrenceStart.ToUniversalTime(),
        AsOf = asOf,
    };

    /// <summary>Takes a seat or wait-list status from a sign-up event unless a newer one is applied; returns whether it applied.</summary>
    public bool SetStatus(bool confirmed, DateTimeOffset asOf)
    {
        if (asOf < AsOf)
        {
            return false;
        }
        Confirmed = confirmed;
        AsOf = asOf;
        return true;
    }

    /// <summary>The activity's new title and place, as the next reminder should name them.</summary>
    public void Describe(string title, string placeName)
    {
        Title = title;
        PlaceName = placeName;
    }

    public void End(DateTimeOffset at) => EndedAt ??= at;

    /// <summary>Whether a reminder is still owed: a standing, confirmed seat not yet reminded.</summary>
    public bool AwaitsReminder => Confirmed && EndedAt is null && RemindedAt is null;

    public void MarkReminded(DateTimeOffset at) => RemindedAt = at;

    /// <summary>
    /// The event id the reminder's notifications are keyed on: derived from the occurrence (activity and start), so a
    /// person is reminded of an occurrence once per channel, however many of their sign-ups (a relative of two
    /// recipients) or rounds (replicas, a crash before commit) lead to it.
    /// </summary>
    public Guid ReminderEventId
    {
        get
        {
            Span<byte> input = stackalloc byte[25];
            ActivityId.TryWriteBytes(input);
            BitConverter.TryWriteBytes(input[16..], OccurrenceStart.UtcTicks);
            input[24] = (byte)'r';
            return new Guid(SHA256.HashData(input)[..16]);
        }
    }
}
