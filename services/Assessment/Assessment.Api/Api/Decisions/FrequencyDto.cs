namespace CareServices.Assessment.Api.Api.Decisions;

/// <summary><c>kind</c>: daily, weekdays, everyNWeeks or timesPerDay; <c>weekdays</c>: monday … sunday.</summary>
public sealed record FrequencyDto(string? Kind, IReadOnlyList<string>? Weekdays, int? IntervalWeeks, int? TimesPerDay);
