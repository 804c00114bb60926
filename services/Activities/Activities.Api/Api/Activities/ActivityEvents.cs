using CareServices.Activities.Domain.Calendar;
using CareServices.Contracts.Activities;

namespace CareServices.Activities.Api.Api.Activities;

/// <summary>Builds the Activities contracts from the domain's state.</summary>
public static class ActivityEvents
{
    public static ActivityPublished Published(Activity a, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        MunicipalityId = a.MunicipalityId,
        ActivityId = a.Id,
        OrganiserId = a.OrganiserId,
        Title = a.Title,
        Category = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(a.Category.ToString()),
        Zone = a.Zone,
        PlaceName = a.Place.Name,
        StartsAt = a.Schedule.FirstStart,
        EndsAt = a.Schedule.FirstEnd,
        Recurrence = a.Schedule.Recurrence,
        TimeZone = a.Schedule.TimeZone,
        Capacity = a.Capacity,
        TransportOffered = a.TransportOffered,
    };

    public static ActivityChanged Changed(Activity a, IReadOnlyList<string> changes, IReadOnlyList<Guid> signedUp, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        MunicipalityId = a.MunicipalityId,
        ActivityId = a.Id,
        Changes = changes,
        Title = a.Title,
        PlaceName = a.Place.Name,
        StartsAt = a.Schedule.FirstStart,
        EndsAt = a.Schedule.FirstEnd,
        Recurrence = a.Schedule.Recurrence,
        SignedUpRecipientIds = signedUp,
    };

    public static ActivityCancelled Cancelled(Activity a, DateTimeOffset? occurrence, string? reason, IReadOnlyList<Guid> signedUp, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        MunicipalityId = a.MunicipalityId,
        ActivityId = a.Id,
        Title = a.Title,
        OccurrenceStart = occurrence,
        Reason = reason,
        SignedUpRecipientIds = signedUp,
    };
}
