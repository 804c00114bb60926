using CareServices.Contracts.Assessment;

namespace CareServices.Scheduling.Tests.Support;

/// <summary>Decision events as Assessment publishes them.</summary>
public static class Decisions
{
    public static GrantedServiceLine Line(
        string code, int minutes, string frequency, DayOfWeek[] weekdays, TimeOnly start, TimeOnly end,
        string competence = "healthWorker", int intervalWeeks = 1, bool doubleStaffing = false, int timesPerDay = 1) => new()
        {
            ServiceLineId = Guid.NewGuid(),
            ServiceCode = code,
            ServiceKind = "healthCare",
            MinutesPerVisit = minutes,
            Frequency = frequency,
            Weekdays = weekdays,
            IntervalWeeks = intervalWeeks,
            TimesPerDay = timesPerDay,
            TimeWindows = [new VisitTimeWindow { Start = start, End = end }],
            Competence = competence,
            DoubleStaffing = doubleStaffing,
            CoPayment = false,
            VisitsPerWeek = weekdays.Length,
            HoursPerWeek = weekdays.Length * minutes / 60m,
        };

    public static readonly DayOfWeek[] EveryDay = Enum.GetValues<DayOfWeek>();

    public static DecisionGranted Granted(Guid recipientId, DateOnly validFrom, DateTimeOffset at, params GrantedServiceLine[] lines) => new()
    {
        OccurredAt = at,
        MunicipalityId = "1848",
        Decision = new DecisionSnapshot
        {
            DecisionId = Guid.NewGuid(),
            Number = "V-1",
            Version = 1,
            RecipientId = recipientId,
            LegalBasis = "hol-3-2-1-6a",
            ValidFrom = validFrom,
            HoursPerWeek = lines.Sum(l => l.HoursPerWeek),
            Lines = lines,
        },
    };
}
