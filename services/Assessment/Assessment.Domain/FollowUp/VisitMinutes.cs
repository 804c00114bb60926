namespace CareServices.Assessment.Domain.FollowUp;

/// <summary>
/// What Scheduling planned and Documentation recorded for one service line on one visit: the raw material of the
/// decision-fidelity reconciliation (DOMAIN KPI "delivered minutes vs granted minutes per service line").
/// </summary>
public sealed class VisitMinutes
{
    private VisitMinutes()
    {
    }

    public Guid VisitId { get; private set; }
    public Guid ServiceLineId { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public DateOnly Date { get; private set; }

    /// <summary>The Monday of the visit's week, so reports group by week in the database.</summary>
    public DateOnly WeekStart { get; private set; }

    public int PlannedMinutes { get; private set; }
    public int? DeliveredMinutes { get; private set; }

    /// <summary>When the plan applied was made; an older plan arriving late does not overwrite a newer one.</summary>
    public DateTimeOffset PlannedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Cancelled after (or without) the latest plan: events from two queues may arrive in either order.</summary>
    public bool Cancelled { get; private set; }

    /// <summary>The row that remembers a cancellation which arrived before the visit's plan.</summary>
    public static readonly Guid VisitMarker = Guid.Empty;

    public static VisitMinutes For(string municipalityId, Guid visitId, Guid serviceLineId, Guid recipientId, DateOnly date) => new()
    {
        VisitId = visitId,
        ServiceLineId = serviceLineId,
        MunicipalityId = municipalityId,
        RecipientId = recipientId,
        Date = date,
        WeekStart = Monday(date),
    };

    public void Plan(DateOnly date, int minutes, DateTimeOffset at, DateTimeOffset? cancelledAt)
    {
        if (at < PlannedAt)
        {
            return;
        }
        Date = date;
        WeekStart = Monday(date);
        PlannedMinutes = minutes;
        PlannedAt = at;
        CancelledAt = cancelledAt > CancelledAt || CancelledAt is null ? cancelledAt : CancelledAt;
        Cancelled = CancelledAt >= at;
    }

    public void Cancel(DateTimeOffset at)
    {
        CancelledAt = at > CancelledAt || CancelledAt is null ? at : CancelledAt;
        Cancelled = CancelledAt >= PlannedAt;
    }

    public void Deliver(int minutes) => DeliveredMinutes = minutes;

    public static DateOnly Monday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
