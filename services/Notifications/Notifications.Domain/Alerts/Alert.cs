using System.Security.Cryptography;

namespace CareServices.Notifications.Domain.Alerts;

/// <summary>
/// A missed visit being escalated: told to the zone's planners at once, then, while nobody acknowledges it, to the
/// contact person and unit leaders, then to the relatives. Acknowledging it, or the visit being checked in after all,
/// stops the chain; every step is kept.
/// </summary>
public sealed class Alert
{
    private readonly List<AlertStep> _steps = [];

    private Alert()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid VisitId { get; private set; }
    public Guid RecipientId { get; private set; }

    /// <summary>When the visit's time window opened.</summary>
    public DateTimeOffset WindowStart { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }
    public IReadOnlyList<AlertStep> Steps => _steps;

    /// <summary>When the next step is due; null once acknowledged or after the last step.</summary>
    public DateTimeOffset? NextStepAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    /// <summary>The person who acknowledged (their id as the feed addresses them, or the token subject).</summary>
    public string? AcknowledgedBy { get; private set; }

    /// <summary>When the visit was checked in after all, which resolved the alert; null while it was not.</summary>
    public DateTimeOffset? CheckedInAt { get; private set; }

    /// <summary>The staff member who checked in late.</summary>
    public Guid? CheckedInBy { get; private set; }

    /// <summary>Neither acknowledged nor resolved by a check-in: someone still has to act.</summary>
    public bool IsOpen => AcknowledgedAt is null && CheckedInAt is null;

    public AlertLevel? LastLevel => _steps.Count == 0 ? null : _steps.Max(s => s.Level);

    public static Alert Raise(string municipalityId, Guid visitId, Guid recipientId, DateTimeOffset windowStart, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        MunicipalityId = municipalityId,
        VisitId = visitId,
        RecipientId = recipientId,
        // Stored as UTC: events may carry the municipality's offset.
        WindowStart = windowStart.ToUniversalTime(),
        RaisedAt = now,
        NextStepAt = now,
    };

    /// <summary>The step due at <paramref name="now"/>, or null when none is (acknowledged, waiting, or all taken).</summary>
    public AlertLevel? DueStep(DateTimeOffset now) =>
        IsOpen && NextStepAt is { } due && due <= now
            ? LastLevel is { } last ? last + 1 : AlertLevel.Planners
            : null;

    /// <summary>Records a step taken and when the next one is due.</summary>
    public void RecordStep(AlertLevel level, int peopleTold, DateTimeOffset now, EscalationPolicy policy)
    {
        _steps.Add(AlertStep.Of(level, peopleTold, now));
        NextStepAt = policy.NextAfter(level) is { } wait ? RaisedAt + wait : null;
    }

    /// <summary>Stops the chain; false when it was already acknowledged or resolved by a check-in.</summary>
    public bool Acknowledge(string by, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            return false;
        }
        AcknowledgedAt = now;
        AcknowledgedBy = by;
        NextStepAt = null;
        return true;
    }

    /// <summary>
    /// Records that the visit was checked in after all and stops the chain (also after an acknowledgement, so the alert
    /// shows what became of the visit); false when a check-in is already recorded.
    /// </summary>
    public bool ResolveByCheckIn(Guid staffId, DateTimeOffset checkedInAt)
    {
        if (CheckedInAt is not null)
        {
            return false;
        }
        CheckedInAt = checkedInAt.ToUniversalTime();
        CheckedInBy = staffId;
        NextStepAt = null;
        return true;
    }

    /// <summary>
    /// The event id a step's notifications are keyed on: derived from the alert and the level, so a step taken again
    /// (a worker that crashed before committing) finds its notifications already there and tells nobody twice.
    /// </summary>
    public Guid StepEventId(AlertLevel level)
    {
        Span<byte> input = stackalloc byte[17];
        Id.TryWriteBytes(input);
        input[16] = (byte)level;
        return new Guid(SHA256.HashData(input)[..16]);
    }
}
