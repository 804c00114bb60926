namespace CareServices.Assessment.Domain.Decisions;

public enum FrequencyKind
{
    /// <summary>Once every day.</summary>
    Daily,

    /// <summary>Once on each of the given weekdays.</summary>
    Weekdays,

    /// <summary>On the given weekdays (one by default) every N weeks, e.g. cleaning every other Tuesday.</summary>
    EveryNWeeks,

    /// <summary>N times on every day (or on the given weekdays), e.g. medication three times a day.</summary>
    TimesPerDay,
}
