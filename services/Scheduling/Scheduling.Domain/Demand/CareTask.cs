namespace CareServices.Scheduling.Domain.Demand;

/// <summary>
/// One recurring task from a granted service line: what is done, how long, by which competence, on which days
/// (an RFC 5545 recurrence rule anchored on <see cref="ValidFrom"/>) and in which local time window. A line that
/// is granted several times a day gives one task per time of day.
/// </summary>
public sealed class CareTask
{
    private CareTask()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public Guid DecisionId { get; private set; }
    public int DecisionVersion { get; private set; }
    public Guid ServiceLineId { get; private set; }
    public string ServiceCode { get; private set; } = "";
    public string Competence { get; private set; } = "";
    public int Minutes { get; private set; }
    public bool DoubleStaffing { get; private set; }

    /// <summary>RRULE, e.g. <c>FREQ=WEEKLY;INTERVAL=2;BYDAY=TH</c>.</summary>
    public string Recurrence { get; private set; } = "";

    public TimeOnly WindowStart { get; private set; }
    public TimeOnly WindowEnd { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }

    /// <summary>The recipient's wish for this task (weekdays and time), when it replaces the granted pattern.</summary>
    public string? PreferredRecurrence { get; private set; }

    public TimeOnly? PreferredWindowStart { get; private set; }
    public TimeOnly? PreferredWindowEnd { get; private set; }

    public string EffectiveRecurrence => PreferredRecurrence ?? Recurrence;
    public TimeOnly EffectiveWindowStart => PreferredWindowStart ?? WindowStart;
    public TimeOnly EffectiveWindowEnd => PreferredWindowEnd ?? WindowEnd;

    public static CareTask Create(
        string municipalityId, Guid recipientId, Guid decisionId, int decisionVersion, Guid serviceLineId, string serviceCode,
        string competence, int minutes, bool doubleStaffing, string recurrence, TimeOnly windowStart, TimeOnly windowEnd,
        DateOnly validFrom, DateOnly? validTo) => new()
        {
            Id = Guid.CreateVersion7(),
            MunicipalityId = municipalityId,
            RecipientId = recipientId,
            DecisionId = decisionId,
            DecisionVersion = decisionVersion,
            ServiceLineId = serviceLineId,
            ServiceCode = serviceCode,
            Competence = competence,
            Minutes = minutes,
            DoubleStaffing = doubleStaffing,
            Recurrence = recurrence,
            WindowStart = windowStart,
            WindowEnd = windowEnd,
            ValidFrom = validFrom,
            ValidTo = validTo,
        };

    public void EndAfter(DateOnly lastDay)
    {
        if (ValidTo is null || ValidTo > lastDay)
        {
            ValidTo = lastDay;
        }
    }

    public void Prefer(string? recurrence, TimeOnly? windowStart, TimeOnly? windowEnd)
    {
        PreferredRecurrence = recurrence;
        PreferredWindowStart = windowStart;
        PreferredWindowEnd = windowEnd;
    }

    public bool IsValidOn(DateOnly date) => date >= ValidFrom && (ValidTo is null || date <= ValidTo);
}
