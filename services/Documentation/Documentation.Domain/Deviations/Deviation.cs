namespace CareServices.Documentation.Domain.Deviations;

/// <summary>
/// A deviation (avvik): what happened, how serious, what was done at once, the follow-up actions with owner and due
/// date, and its closing by the zone's UnitLeader once every follow-up is done.
/// </summary>
public sealed class Deviation
{
    private Deviation()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public string Zone { get; private set; } = "";
    public Guid? RecipientId { get; private set; }
    public Guid? VisitId { get; private set; }
    public DeviationType Type { get; private set; }
    public DeviationSeverity Severity { get; private set; }
    public string Description { get; private set; } = "";
    public string? ImmediateAction { get; private set; }

    /// <summary>Null when the system opened it (a missed visit).</summary>
    public Guid? ReportedByStaffId { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }
    public List<FollowUpAction> FollowUps { get; private set; } = [];
    public DateTimeOffset? ClosedAt { get; private set; }
    public Guid? ClosedBy { get; private set; }
    public string? ClosingNote { get; private set; }

    public bool IsClosed => ClosedAt is not null;

    public static Deviation Report(string municipalityId, string zone, Guid? recipientId, Guid? visitId, DeviationType type, DeviationSeverity severity,
        string description, string? immediateAction, Guid? reportedBy, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            MunicipalityId = municipalityId,
            Zone = zone,
            RecipientId = recipientId,
            VisitId = visitId,
            Type = type,
            Severity = severity,
            Description = description,
            ImmediateAction = immediateAction,
            ReportedByStaffId = reportedBy,
            ReportedAt = now,
        };

    /// <summary>Adds a follow-up action; null when the deviation is closed.</summary>
    public FollowUpAction? AddFollowUp(string description, Guid owner, DateOnly dueDate, DateTimeOffset now)
    {
        if (IsClosed)
        {
            return null;
        }
        var action = new FollowUpAction { Id = Guid.CreateVersion7(now), Description = description, OwnerStaffId = owner, DueDate = dueDate };
        FollowUps.Add(action);
        return action;
    }

    public bool CompleteFollowUp(Guid actionId, DateTimeOffset now)
    {
        var action = FollowUps.SingleOrDefault(a => a.Id == actionId);
        if (action is null || action.DoneAt is not null)
        {
            return false;
        }
        action.DoneAt = now;
        return true;
    }

    public DeviationClosing Close(Guid unitLeader, string? note, DateTimeOffset now)
    {
        if (IsClosed)
        {
            return DeviationClosing.AlreadyClosed;
        }
        if (FollowUps.Any(a => a.DoneAt is null))
        {
            return DeviationClosing.FollowUpsOpen;
        }
        ClosedAt = now;
        ClosedBy = unitLeader;
        ClosingNote = note;
        return DeviationClosing.Closed;
    }
}
