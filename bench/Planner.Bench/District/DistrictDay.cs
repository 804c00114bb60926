using CareServices.Scheduling.Planner.Model;

namespace CareServices.Bench.Planner.District;

/// <summary>A generated district day and its headline numbers.</summary>
internal sealed record DistrictDay(PlanningProblem Problem, int Occasions, int DoubleOccasions, int Recipients, int Staff);
