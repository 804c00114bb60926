using CareServices.Activities.Domain.Calendar;

namespace CareServices.Activities.Api.Api.Activities;

public sealed record ActivityResponse(
    Guid Id, Guid OrganiserId, string Title, ActivityCategory Category, string Description, string? Zone, PlaceDto Place,
    DateTime Start, DateTime End, string TimeZone, string? Recurrence, int? Capacity, bool TransportOffered, decimal Cost,
    string Language, ActivityStatus Status, string? CancellationReason, IReadOnlyList<DateTimeOffset> CancelledOccurrences)
{
    public static ActivityResponse From(Activity a) => new(
        a.Id, a.OrganiserId, a.Title, a.Category, a.Description, a.Zone, PlaceDto.From(a.Place),
        a.Schedule.LocalStart, a.Schedule.LocalEnd, a.Schedule.TimeZone, a.Schedule.Recurrence, a.Capacity, a.TransportOffered,
        a.Cost, a.Language, a.Status, a.CancellationReason, a.CancelledOccurrences);
}
