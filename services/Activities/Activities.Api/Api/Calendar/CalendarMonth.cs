namespace CareServices.Activities.Api.Api.Calendar;

/// <summary>A municipality's (or one zone's) activities of one month, by date: the calendar that is printed and hung up.</summary>
public sealed record CalendarMonth(string MunicipalityId, int Year, int Month, string? Zone, int Occurrences, IReadOnlyList<CalendarDay> Days);
