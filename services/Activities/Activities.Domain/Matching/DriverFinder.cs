using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Domain.Geography;
using CareServices.Activities.Domain.Volunteers;

namespace CareServices.Activities.Domain.Matching;

/// <summary>
/// Finds a driver for a recipient to an occurrence: an active, consenting driver covering the recipient's zone,
/// free that weekday for the whole occurrence, not already driving to an overlapping one; the nearest first.
/// </summary>
public static class DriverFinder
{
    public static Volunteer? Find(
        IEnumerable<DriverCandidate> drivers, string zone, double latitude, double longitude, Occurrence occurrence, TimeZoneInfo timeZone) =>
        FirstFree(Eligible(drivers, zone, latitude, longitude), occurrence, timeZone);

    /// <summary>
    /// The drivers who may drive this recipient at all, nearest first, by the weekdays they are free: worked out once
    /// per recipient, so matching many activities only checks times.
    /// </summary>
    public static ILookup<DayOfWeek, DriverCandidate> Eligible(IEnumerable<DriverCandidate> drivers, string zone, double latitude, double longitude) =>
        drivers
            .Where(d => d.Volunteer.Offers(VolunteerRole.Driver) && d.Volunteer.Covers(zone))
            .OrderBy(d => d.Volunteer.Latitude is { } lat && d.Volunteer.Longitude is { } lon
                ? Distance.Kilometres(latitude, longitude, lat, lon)
                : double.MaxValue)
            .ThenBy(d => d.Volunteer.Id)
            .SelectMany(d => d.Volunteer.Availability.Select(slot => slot.Day).Distinct().Select(day => (Day: day, Driver: d)))
            .ToLookup(pair => pair.Day, pair => pair.Driver);

    public static Volunteer? FirstFree(ILookup<DayOfWeek, DriverCandidate> eligible, Occurrence occurrence, TimeZoneInfo timeZone)
    {
        var localStart = TimeZoneInfo.ConvertTime(occurrence.Start, timeZone).DateTime;
        var localEnd = TimeZoneInfo.ConvertTime(occurrence.End, timeZone).DateTime;
        return eligible[localStart.DayOfWeek]
            .FirstOrDefault(d => d.Volunteer.IsFree(localStart, localEnd) && !d.Busy.Any(b => b.Overlaps(occurrence.Start, occurrence.End)))
            ?.Volunteer;
    }
}
