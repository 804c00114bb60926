using CareServices.Scheduling.Domain.Demand;

namespace CareServices.Scheduling.Domain.Visits;

/// <summary>
/// One visit to a recipient on one date: its demand (window, tasks, competences), where the current plan put it
/// (staff, start, route order), what was last published to other services, and how it was carried out.
/// </summary>
public sealed class Visit
{
    private Visit()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public DateOnly Date { get; private set; }
    public int Period { get; private set; }
    public TimeOnly WindowStart { get; private set; }
    public TimeOnly WindowEnd { get; private set; }
    public int Minutes { get; private set; }
    public bool DoubleStaffing { get; private set; }
    public List<VisitLine> Lines { get; private set; } = [];
    public string Signature { get; private set; } = "";
    public string Status { get; private set; } = VisitStatus.Open;
    public string? CancellationReason { get; private set; }

    public Guid? PlanId { get; private set; }
    public DateTimeOffset? PlannedStart { get; private set; }
    public List<Guid> StaffIds { get; private set; } = [];
    public int RouteOrder { get; private set; }
    public int TravelMinutesBefore { get; private set; }

    /// <summary>A planner fixed staff and start by hand; re-runs keep them.</summary>
    public bool Pinned { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }
    public DateOnly? PublishedDate { get; private set; }
    public DateTimeOffset? PublishedStart { get; private set; }
    public List<Guid> PublishedStaffIds { get; private set; } = [];

    public DateTimeOffset? CheckedInAt { get; private set; }
    public DateTimeOffset? CheckedOutAt { get; private set; }
    public Guid? CheckedInBy { get; private set; }
    public string? PositionWarning { get; private set; }
    public DateTimeOffset? MissedAt { get; private set; }

    public DateTimeOffset? PlannedEnd => PlannedStart?.AddMinutes(Minutes);
    public bool IsPublished => PublishedStart is not null;
    public bool IsActive => Status != VisitStatus.Cancelled;
    public IEnumerable<string> RequiredCompetences => Lines.Select(l => l.Competence).Distinct();

    public static Visit FromDemand(string municipalityId, Guid recipientId, DemandVisit demand) => new()
    {
        Id = Guid.CreateVersion7(),
        MunicipalityId = municipalityId,
        RecipientId = recipientId,
        Date = demand.Date,
        Period = demand.Period,
        WindowStart = demand.WindowStart,
        WindowEnd = demand.WindowEnd,
        Minutes = demand.Minutes,
        DoubleStaffing = demand.DoubleStaffing,
        Lines = [.. demand.Lines],
        Signature = demand.Signature,
    };

    public void Cancel(string reason)
    {
        Status = VisitStatus.Cancelled;
        CancellationReason = reason;
    }

    public void Plan(Guid planId, DateTimeOffset start, IReadOnlyList<Guid> staffIds, int routeOrder, int travelMinutesBefore)
    {
        PlanId = planId;
        // Instants are kept in UTC (as PostgreSQL's timestamptz does); local times are derived for display.
        PlannedStart = start.ToUniversalTime();
        StaffIds = [.. staffIds];
        RouteOrder = routeOrder;
        TravelMinutesBefore = travelMinutesBefore;
    }

    public void Unplan(Guid planId)
    {
        PlanId = planId;
        PlannedStart = null;
        StaffIds = [];
        RouteOrder = 0;
        TravelMinutesBefore = 0;
        Pinned = false;
    }

    public void Pin(DateTimeOffset start, IReadOnlyList<Guid> staffIds)
    {
        PlannedStart = start.ToUniversalTime();
        StaffIds = [.. staffIds];
        Pinned = true;
    }

    public void Unpin() => Pinned = false;

    /// <summary>What publishing this visit tells other services, or null when they already know its current state.</summary>
    public VisitChange? PendingChange()
    {
        var live = Status != VisitStatus.Cancelled && PlannedStart is not null;
        var known = PublishedStart is not null;
        if (!live)
        {
            return known ? VisitChange.Cancelled : null;
        }
        if (!known)
        {
            return VisitChange.Scheduled;
        }
        return PublishedStart != PlannedStart || PublishedDate != Date || !PublishedStaffIds.SequenceEqual(StaffIds)
            ? VisitChange.Rescheduled
            : null;
    }

    /// <summary>Records what other services now know: the current plan, or nothing once it is cancelled.</summary>
    public void MarkPublished(DateTimeOffset at)
    {
        var live = Status != VisitStatus.Cancelled && PlannedStart is not null;
        PublishedAt = at;
        PublishedDate = Date;
        PublishedStart = live ? PlannedStart : null;
        PublishedStaffIds = live ? [.. StaffIds] : [];
    }

    public void CheckIn(Guid staffId, DateTimeOffset at, string? positionWarning)
    {
        Status = VisitStatus.CheckedIn;
        CheckedInAt = at.ToUniversalTime();
        CheckedInBy = staffId;
        PositionWarning = positionWarning;
    }

    public void CheckOut(string outcome, DateTimeOffset at)
    {
        Status = outcome;
        CheckedOutAt = at.ToUniversalTime();
    }

    public void MarkMissed(DateTimeOffset at) => MissedAt = at;
}
