using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Api.Scheduling;
using CareServices.Activities.Domain.Calendar;
using CareServices.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Api.Activities;

/// <summary>Checks an <see cref="ActivityRequest"/> field by field and builds the domain's details from it.</summary>
public static class ActivityValidator
{
    public static async Task<(ActivityDetails? Details, ValidationErrors Errors)> ValidateAsync(
        ActivityRequest request, string municipalityId, ActivitiesDbContext db, MunicipalityTime time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(request.Title) && request.Title.Length <= 200, "title", "is required, at most 200 characters")
            .Require((request.Description?.Length ?? 0) <= 4000, "description", "is at most 4000 characters")
            .Require(request.Zone is null || (request.Zone.Length is > 0 and <= 100), "zone", "is at most 100 characters, or left out for the whole municipality")
            .Require(request.Capacity is null or > 0, "capacity", "must be at least 1, or left out when anyone may come")
            .Require(request.Cost is null or >= 0, "cost", "must not be negative")
            .Require(request.Language is null || request.Language.Length is >= 2 and <= 8, "language", "is a language code such as nb, se, en");
        if (request.OrganiserId is not { } organiserId)
        {
            errors.Add("organiserId", "is required");
        }
        else if (!await db.Organisers.Of(municipalityId).AnyAsync(o => o.Id == organiserId, cancellationToken))
        {
            errors.Add("organiserId", "is not an organiser of this municipality");
        }
        if (!EnumNames<ActivityCategory>.TryParse(request.Category, out var category))
        {
            errors.Add("category", $"must be one of: {EnumNames<ActivityCategory>.Allowed}");
        }
        var place = request.Place;
        if (place is null)
        {
            errors.Add("place", "is required");
        }
        else
        {
            errors.Require(!string.IsNullOrWhiteSpace(place.Name) && place.Name.Length <= 200, "place.name", "is required, at most 200 characters")
                .Require(place.Latitude is >= -90 and <= 90, "place.latitude", "is required, between -90 and 90")
                .Require(place.Longitude is >= -180 and <= 180, "place.longitude", "is required, between -180 and 180");
        }
        var timeZoneId = request.TimeZone ?? time.TimeZoneId(municipalityId);
        TimeZoneInfo? zone = null;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            errors.Add("timeZone", "is not a known IANA time zone such as Europe/Oslo");
        }
        var start = Local(request.Start, zone);
        var end = Local(request.End, zone);
        errors.Require(start is not null, "start", "is required");
        errors.Require(end is not null, "end", "is required");
        if (start is { } s && end is { } e)
        {
            errors.Require(e > s, "end", "must be after start");
            errors.Require(e - s <= TimeSpan.FromDays(1), "end", "must be within 24 hours of start; a longer activity is a recurrence");
        }
        if (request.Recurrence is { } recurrence)
        {
            if (recurrence.Length > 500)
            {
                errors.Add("recurrence", "is at most 500 characters");
            }
            else if (Schedule.RecurrenceError(recurrence) is { } error)
            {
                errors.Add("recurrence", error);
            }
        }
        if (!errors.IsEmpty)
        {
            return (null, errors);
        }
        var details = new ActivityDetails(
            request.Title!.Trim(), category, request.Description?.Trim() ?? "", request.Zone?.Trim(),
            new Place(place!.Name!.Trim(), place.Address?.Trim(), place.Latitude!.Value, place.Longitude!.Value, place.WheelchairAccessible, place.HearingLoop),
            new Schedule(start!.Value, end!.Value, timeZoneId, string.IsNullOrWhiteSpace(request.Recurrence) ? null : request.Recurrence.Trim()),
            request.Capacity, request.TransportOffered, request.Cost ?? 0, request.Language?.Trim() ?? "nb");
        return (details, errors);
    }

    /// <summary>Local wall-clock time in <paramref name="zone"/>; a UTC or offset time is converted to it.</summary>
    private static DateTime? Local(DateTime? value, TimeZoneInfo? zone) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Unspecified } local => local,
        { } instant when zone is not null => TimeZoneInfo.ConvertTime(instant.ToUniversalTime(), TimeZoneInfo.Utc, zone),
        { } instant => DateTime.SpecifyKind(instant, DateTimeKind.Unspecified),
    };
}
