namespace CareServices.Documentation.Domain.Visits;

/// <summary>
/// Documentation's copy of a visit Scheduling planned: who visits whom when (the visit care relation) and which
/// service lines the visit report accounts for.
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
    public DateTimeOffset PlannedStart { get; private set; }
    public List<Guid> StaffIds { get; private set; } = [];
    public List<PlannedLine> Lines { get; private set; } = [];
    public VisitStatus Status { get; private set; }

    /// <summary>When the newest event applied here happened; an older one arriving late changes nothing.</summary>
    public DateTimeOffset AsOf { get; private set; }

    public static Visit Planned(Guid id, string municipalityId, Guid recipientId) => new()
    {
        Id = id,
        MunicipalityId = municipalityId,
        RecipientId = recipientId,
        AsOf = DateTimeOffset.MinValue,
    };

    /// <summary>Takes the visit's whole current plan (scheduled or rescheduled); returns whether it applied.</summary>
    public bool Plan(DateOnly date, DateTimeOffset plannedStart, IEnumerable<Guid> staffIds, IEnumerable<PlannedLine> lines, DateTimeOffset asOf)
    {
        if (asOf <= AsOf)
        {
            return false;
        }
        Date = date;
        PlannedStart = plannedStart;
        StaffIds = [.. staffIds.Distinct()];
        Lines = [.. lines];
        Status = VisitStatus.Scheduled;
        AsOf = asOf;
        return true;
    }

    public bool Cancel(DateTimeOffset asOf) => Mark(VisitStatus.Cancelled, asOf);

    public bool Miss(DateTimeOffset asOf) => Mark(VisitStatus.Missed, asOf);

    public bool IsStaffedBy(Guid staffId) => StaffIds.Contains(staffId);

    private bool Mark(VisitStatus status, DateTimeOffset asOf)
    {
        if (asOf <= AsOf)
        {
            return false;
        }
        Status = status;
        AsOf = asOf;
        return true;
    }
}
