using CareServices.Scheduling.Planner.Model;

namespace CareServices.Scheduling.Planner.Instances;

/// <summary>
/// A Mankowska et al. (2014) benchmark instance as a <see cref="PlanningProblem"/>: one visit per requested
/// service (id <c>n{node}s{type}</c>), one shift per caregiver (id <c>c{index}</c>), simultaneous or
/// sequenced synchronisation for double services, lateness allowed everywhere.
/// </summary>
public sealed record MankowskaInstance(
    PlanningProblem Problem,
    int Patients,
    int Caregivers,
    IReadOnlyDictionary<string, (int Node, int Service)> VisitNodes)
{
    public static string VisitId(int node, int service) => $"n{node}s{service}";

    public static string CaregiverId(int caregiver) => $"c{caregiver}";
}
