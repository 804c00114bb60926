using CareServices.Activities.Domain.Calendar;

namespace CareServices.Activities.Api.Api.Calendar;

/// <summary>One occurrence in the monthly calendar, in the municipality's local time.</summary>
public sealed record CalendarEntry(
    Guid ActivityId, string Title, ActivityCategory Category, string Description, DateTime Start, DateTime End,
    DateTimeOffset StartUtc, string Place, string? Address, bool WheelchairAccessible, bool HearingLoop, string Organiser,
    string OrganiserPhone, bool TransportOffered, decimal Cost, string Language, int? Capacity, int? SeatsLeft, string? Zone);
