namespace CareServices.Activities.Api.Api.Activities;

/// <summary>
/// An activity as an organiser describes it. <see cref="Start"/> and <see cref="End"/> are the first occurrence in
/// local time of <see cref="TimeZone"/> (the municipality's when left out); an offset or <c>Z</c> is converted to it.
/// <see cref="Recurrence"/> is an RFC 5545 RRULE such as <c>FREQ=WEEKLY;BYDAY=TU</c> (every Tuesday) or
/// <c>FREQ=MONTHLY;BYDAY=1TH</c> (first Thursday of the month).
/// </summary>
public sealed record ActivityRequest(
    Guid? OrganiserId, string? Title, string? Category, string? Description, string? Zone, PlaceDto? Place,
    DateTime? Start, DateTime? End, string? TimeZone, string? Recurrence, int? Capacity, bool TransportOffered,
    decimal? Cost, string? Language);
