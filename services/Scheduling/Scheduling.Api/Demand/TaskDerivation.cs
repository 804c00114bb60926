using CareServices.Contracts.Assessment;
using CareServices.Scheduling.Domain.Demand;

namespace CareServices.Scheduling.Api.Demand;

/// <summary>The recurring tasks a granted decision version asks for, one per service line and time of day.</summary>
public static class TaskDerivation
{
    /// <summary>Times of day a line granted several times a day falls in when the decision names no windows.</summary>
    private static readonly (TimeOnly Start, TimeOnly End)[] DefaultWindows =
    [
        (new(8, 0), new(10, 0)), (new(12, 0), new(14, 0)), (new(16, 0), new(18, 0)), (new(20, 0), new(22, 0)),
    ];

    public static IEnumerable<CareTask> From(string municipalityId, DecisionSnapshot decision, DateOnly validFrom)
    {
        foreach (var line in decision.Lines)
        {
            var rule = RecurrenceRules.FromPattern(line.Frequency, line.Weekdays, line.IntervalWeeks);
            foreach (var (start, end) in Windows(line))
            {
                yield return CareTask.Create(
                    municipalityId, decision.RecipientId, decision.DecisionId, decision.Version, line.ServiceLineId, line.ServiceCode,
                    line.Competence, line.MinutesPerVisit, line.DoubleStaffing, rule, start, end, validFrom, decision.ValidTo);
            }
        }
    }

    private static IEnumerable<(TimeOnly Start, TimeOnly End)> Windows(GrantedServiceLine line)
    {
        if (line.ExactTime is { } exact)
        {
            return [(exact, exact)];
        }
        var times = Math.Max(1, line.Frequency == "timesPerDay" ? line.TimesPerDay : 1);
        var windows = line.TimeWindows.Select(w => (w.Start, w.End)).ToList();
        if (windows.Count >= times)
        {
            return windows.Count == times ? windows : windows.Take(times);
        }
        // Fewer windows than visits a day: the missing ones take the default times of day not yet used.
        return windows.Concat(DefaultWindows.Where(d => windows.All(w => w.End <= d.Start || w.Start >= d.End)).Take(times - windows.Count));
    }
}
