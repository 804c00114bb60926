namespace CareServices.Scheduling.Domain.Planning;

/// <summary>One planning run for one zone and date: its state, and the figures of the plan it produced.</summary>
public sealed class PlanRun
{
    private PlanRun()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public string Zone { get; private set; } = "";
    public DateOnly Date { get; private set; }

    /// <summary><c>plan</c> for a full run, <c>disruption</c> for a re-plan after an absence that changes as little as it can.</summary>
    public string Kind { get; private set; } = "plan";

    public string Status { get; private set; } = PlanStatus.Queued;
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public string? Error { get; private set; }
    public int TimeLimitSeconds { get; private set; }
    public int Visits { get; private set; }
    public int Unassigned { get; private set; }
    public List<Guid> UnassignedVisitIds { get; private set; } = [];
    public double Presence { get; private set; }
    public double DistinctStaffPerRecipientShift { get; private set; }
    public double ContactPersonShare { get; private set; }
    public double TravelShare { get; private set; }
    public double Objective { get; private set; }

    public static PlanRun Queue(string municipalityId, string zone, DateOnly date, string kind, int timeLimitSeconds, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        MunicipalityId = municipalityId,
        Zone = zone,
        Date = date,
        Kind = kind,
        TimeLimitSeconds = timeLimitSeconds,
        RequestedAt = at,
    };

    public void Start(DateTimeOffset at)
    {
        Status = PlanStatus.Running;
        StartedAt = at;
    }

    public void Finish(DateTimeOffset at, PlanFigures figures)
    {
        Status = PlanStatus.Done;
        FinishedAt = at;
        Visits = figures.Visits;
        UnassignedVisitIds = [.. figures.UnassignedVisitIds];
        Unassigned = UnassignedVisitIds.Count;
        Presence = figures.Presence;
        DistinctStaffPerRecipientShift = figures.DistinctStaffPerRecipientShift;
        ContactPersonShare = figures.ContactPersonShare;
        TravelShare = figures.TravelShare;
        Objective = figures.Objective;
    }

    public void Fail(DateTimeOffset at, string error)
    {
        Status = PlanStatus.Failed;
        FinishedAt = at;
        Error = error;
    }

    public void MarkPublished(DateTimeOffset at)
    {
        Status = PlanStatus.Published;
        PublishedAt = at;
    }
}
