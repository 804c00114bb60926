namespace CareServices.Activities.Domain.Recipients;

/// <summary>
/// A visit Scheduling planned for a recipient, kept so activity suggestions do not clash with care. Fed by
/// <c>VisitScheduled</c> (re-planning sends the same visit again) and <c>VisitCancelled</c>; an event older than the
/// one applied is ignored, because the bus does not promise order.
/// </summary>
public sealed class PlannedVisit : IMunicipalityOwned
{
    private PlannedVisit()
    {
    }

    public Guid VisitId { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public DateTimeOffset Start { get; private set; }
    public DateTimeOffset End { get; private set; }
    public bool Cancelled { get; private set; }
    public DateTimeOffset AsOf { get; private set; }

    public static PlannedVisit Planned(Guid visitId, string municipalityId, Guid recipientId, DateTimeOffset start, DateTimeOffset end, DateTimeOffset asOf) =>
        new() { VisitId = visitId, MunicipalityId = municipalityId, RecipientId = recipientId, Start = start, End = end, AsOf = asOf };

    /// <summary>A cancellation that overtook the plan: remembered so the late plan does not revive the visit.</summary>
    public static PlannedVisit CancelledBeforePlanned(Guid visitId, string municipalityId, Guid recipientId, DateTimeOffset asOf) =>
        new() { VisitId = visitId, MunicipalityId = municipalityId, RecipientId = recipientId, Cancelled = true, AsOf = asOf };

    public void Replan(DateTimeOffset start, DateTimeOffset end, DateTimeOffset asOf)
    {
        if (asOf <= AsOf)
        {
            return;
        }
        Start = start;
        End = end;
        Cancelled = false;
        AsOf = asOf;
    }

    public void Cancel(DateTimeOffset asOf)
    {
        if (asOf <= AsOf)
        {
            return;
        }
        Cancelled = true;
        AsOf = asOf;
    }
}
