using CareServices.Scheduling.Domain.Staff;
using CareServices.Scheduling.Domain.Visits;

namespace CareServices.Scheduling.Domain.Demand;

/// <summary>Expands a recipient's tasks over dates and bundles each date's tasks into visits.</summary>
public static class VisitDemand
{
    public static IReadOnlyList<DemandVisit> Expand(IEnumerable<CareTask> tasks, DateOnly from, DateOnly to, Func<DateOnly, bool>? away = null)
    {
        var occurrences = new List<(DateOnly Date, CareTask Task)>();
        foreach (var task in tasks)
        {
            var first = from > task.ValidFrom ? from : task.ValidFrom;
            var last = task.ValidTo is { } end && end < to ? end : to;
            foreach (var date in RecurrenceRules.Dates(task.EffectiveRecurrence, task.ValidFrom, first, last))
            {
                if (away is null || !away(date))
                {
                    occurrences.Add((date, task));
                }
            }
        }

        var visits = new List<DemandVisit>();
        foreach (var day in occurrences.GroupBy(o => o.Date).OrderBy(g => g.Key))
        {
            visits.AddRange(Bundle(day.Key, day.Select(o => o.Task)));
        }
        return visits;
    }

    /// <summary>
    /// Bundles one date's tasks: in each period, tasks are taken in window order and join the current bundle while
    /// the windows still share a start time; a double-staffed task is its own visit so two people are not tied up
    /// for tasks one can do.
    /// </summary>
    public static IEnumerable<DemandVisit> Bundle(DateOnly date, IEnumerable<CareTask> tasks)
    {
        foreach (var period in tasks.GroupBy(t => ShiftTemplate.PeriodOf(t.EffectiveWindowStart)).OrderBy(g => g.Key))
        {
            foreach (var task in period.Where(t => t.DoubleStaffing).OrderBy(t => t.EffectiveWindowStart))
            {
                yield return new DemandVisit(date, period.Key, task.EffectiveWindowStart, task.EffectiveWindowEnd, true, [Line(task)]);
            }

            TimeOnly? start = null, end = null;
            var lines = new List<VisitLine>();
            foreach (var task in period.Where(t => !t.DoubleStaffing).OrderBy(t => t.EffectiveWindowStart).ThenBy(t => t.EffectiveWindowEnd))
            {
                if (start is not null && task.EffectiveWindowStart > end)
                {
                    yield return new DemandVisit(date, period.Key, start.Value, end!.Value, false, lines);
                    start = null;
                    lines = [];
                }
                start = start is null || task.EffectiveWindowStart > start ? task.EffectiveWindowStart : start;
                end = end is null || lines.Count == 0 || task.EffectiveWindowEnd < end ? task.EffectiveWindowEnd : end;
                lines.Add(Line(task));
            }
            if (start is not null)
            {
                yield return new DemandVisit(date, period.Key, start.Value, end!.Value, false, lines);
            }
        }
    }

    private static VisitLine Line(CareTask task) => new(task.ServiceLineId, task.ServiceCode, task.Competence, task.Minutes);
}
