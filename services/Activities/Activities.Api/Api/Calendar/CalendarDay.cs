namespace CareServices.Activities.Api.Api.Calendar;

public sealed record CalendarDay(DateOnly Date, IReadOnlyList<CalendarEntry> Entries);
