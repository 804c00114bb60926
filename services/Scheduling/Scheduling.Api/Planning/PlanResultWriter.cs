using CareServices.Scheduling.Domain.Planning;
using CareServices.Scheduling.Planner.Model;
using CareServices.Scheduling.Planner.Reporting;
using CareServices.Scheduling.Planner.Search;

namespace CareServices.Scheduling.Api.Planning;

/// <summary>Puts a solved plan onto the visits (staff, start, route order, travel before) and sums up its figures.</summary>
public static class PlanResultWriter
{
    public static PlanFigures Apply(PlanningInput input, SolveResult result, Guid planId)
    {
        var problem = input.Problem;
        var staffOfVisit = new Dictionary<Guid, List<(int Half, Guid Staff)>>();
        var placement = new Dictionary<Guid, (double Start, int Order, double Travel)>();
        var shifts = problem.Shifts.ToDictionary(s => s.Id);
        double travelMinutes = 0;
        foreach (var route in result.Plan.Routes)
        {
            var shift = shifts[route.ShiftId];
            var matrix = problem.TravelMatrices[shift.TravelMode];
            var staff = input.StaffByShift[route.ShiftId].Id;
            var previous = shift.StartLocation;
            for (var i = 0; i < route.Visits.Count; i++)
            {
                var placed = route.Visits[i];
                var location = input.LocationOfVisit[placed.VisitId];
                var travel = matrix.Duration(previous, location);
                travelMinutes += travel;
                previous = location;
                var visitId = PlanningInput.VisitIdOf(placed.VisitId);
                var half = placed.VisitId.EndsWith("/2", StringComparison.Ordinal) ? 1 : 0;
                if (!staffOfVisit.TryGetValue(visitId, out var list))
                {
                    staffOfVisit[visitId] = list = [];
                }
                list.Add((half, staff));
                if (half == 0)
                {
                    placement[visitId] = (placed.Start, i + 1, travel);
                }
            }
            if (route.Visits.Count > 0)
            {
                travelMinutes += matrix.Duration(previous, shift.EndLocation);
            }
        }

        var unassigned = new List<Guid>();
        foreach (var (id, visit) in input.Visits)
        {
            if (placement.TryGetValue(id, out var at) && staffOfVisit[id].Count == (visit.DoubleStaffing ? 2 : 1))
            {
                visit.Plan(planId, input.Midnight.AddMinutes(WholeMinute(at.Start)), [.. staffOfVisit[id].OrderBy(s => s.Half).Select(s => s.Staff)], at.Order, (int)Math.Round(at.Travel));
            }
            else
            {
                visit.Unplan(planId);
                unassigned.Add(id);
            }
        }

        var kpis = PlanQualityReporter.Kpis(problem, result.Plan);
        return new PlanFigures(
            input.Visits.Count,
            unassigned,
            Round(kpis.Presence),
            Round(kpis.DistinctStaffPerRecipientShift),
            Round(kpis.ContactPersonShare),
            kpis.WorkingMinutes > 0 ? Round(travelMinutes / kpis.WorkingMinutes) : 0,
            Math.Round(result.Objective.Total, 1));
    }

    /// <summary>
    /// The engine places visits at fractional minutes; people read whole ones. Rounding up keeps every start inside
    /// its window and after the previous visit's end, since windows, shifts and durations are whole minutes (only a
    /// fraction of a minute's travel can be lost). The tolerance keeps 480.0000001 from becoming 481.
    /// </summary>
    private static double WholeMinute(double minutes) => Math.Ceiling(minutes - 1e-6);

    private static double Round(double value) => double.IsFinite(value) ? Math.Round(value, 3) : 0;
}
