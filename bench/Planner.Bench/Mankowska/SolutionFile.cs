using System.Text.Json;
using CareServices.Scheduling.Planner.Instances;
using CareServices.Scheduling.Planner.Model;

namespace CareServices.Bench.Planner.Mankowska;

/// <summary>
/// The solution as JSON anyone can check without our code: caregivers 0-based, nodes as in the file, service
/// types 1-based, start times in minutes, visits in route order (each route leaves the depot at 0 and returns).
/// </summary>
internal static class SolutionFile
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void Write(string path, string instanceName, double objective, MankowskaInstance instance, Plan plan)
    {
        var caregiverOf = instance.Problem.Shifts.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var routes = plan.Routes
            .Select(r => new RouteDto(
                caregiverOf[r.ShiftId],
                r.Visits.Select(v => new VisitDto(instance.VisitNodes[v.VisitId].Node, instance.VisitNodes[v.VisitId].Service, v.Start)).ToList()))
            .OrderBy(r => r.Caregiver)
            .ToList();
        File.WriteAllText(path, JsonSerializer.Serialize(new SolutionDto(instanceName, Math.Round(objective, 6), routes), Json));
    }

    private sealed record SolutionDto(string Instance, double Objective, List<RouteDto> Routes);

    private sealed record RouteDto(int Caregiver, List<VisitDto> Visits);

    private sealed record VisitDto(int Node, int Service, double Start);
}
