using CareServices.Scheduling.Domain.Visits;

namespace CareServices.Scheduling.Domain.Demand;

/// <summary>
/// A visit the recipient's tasks call for on one date: tasks of one shift period whose time windows overlap are
/// bundled into one longer visit, as Back to Basic asks. The window is when the visit may start (local time).
/// </summary>
public sealed record DemandVisit(
    DateOnly Date,
    int Period,
    TimeOnly WindowStart,
    TimeOnly WindowEnd,
    bool DoubleStaffing,
    IReadOnlyList<VisitLine> Lines)
{
    public int Minutes => Lines.Sum(l => l.Minutes);

    /// <summary>Identifies the same demand across re-derivations, so an unchanged visit keeps its id and plan.</summary>
    public string Signature =>
        $"{Date:yyyy-MM-dd}|{Period}|{WindowStart:HH\\:mm}|{WindowEnd:HH\\:mm}|{DoubleStaffing}|" +
        string.Join(';', Lines.OrderBy(l => l.ServiceLineId).Select(l => $"{l.ServiceLineId:N}:{l.Minutes}"));
}
