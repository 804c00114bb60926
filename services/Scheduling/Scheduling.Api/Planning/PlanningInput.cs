using CareServices.Scheduling.Domain.Staff;
using Visit = CareServices.Scheduling.Domain.Visits.Visit;
using CareServices.Scheduling.Planner.Model;

namespace CareServices.Scheduling.Api.Planning;

/// <summary>
/// A planner problem for one zone and date, with the ways back from the planner's string ids and minute offsets
/// to visits, staff and instants.
/// </summary>
public sealed record PlanningInput(
    PlanningProblem Problem,
    DateOnly Date,
    DateTimeOffset Midnight,
    IReadOnlyDictionary<Guid, Visit> Visits,
    IReadOnlyDictionary<string, StaffMember> StaffByShift,
    IReadOnlyDictionary<string, int> LocationOfVisit,
    Plan? Current)
{
    /// <summary>Planner id of a visit's first (or only) half; the second half of a double visit adds <c>/2</c>.</summary>
    public static string PlannerId(Guid visitId) => visitId.ToString("N");

    public static Guid VisitIdOf(string plannerId) => Guid.ParseExact(plannerId[..32], "N");
}
