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
        IEnumerable<DriverCandidate> drivers, string zone, double latitude, double longitude, Occurrence occurrence, TimeZoneInfo timeZone)
    {
        var localStart = TimeZoneInfo.ConvertTime(occurrence.Start, timeZone).DateTime;
        var localEnd = TimeZoneInfo.ConvertTime(occurrence.End, timeZone).DateTime;
        return drivers
            .Where(d => d.Volunteer.Offers(VolunteerRole.Driver) && d.Volunteer.Covers(zone) && d.Volunteer.IsFree(localStart, localEnd))
            .Where(d => !d.Busy.Any(b => b.Overlaps(occurrence.Start, occurrence.End)))
            .OrderBy(d => d.Volunteer.Latitude is { } lat && d.Volunteer.Longitude is { } lon
                ? Distance.Kilometres(latitude, longitude, lat, lon)
                : double.MaxValue)
            .ThenBy(d => d.Volunteer.Id)
            .Select(d => d.Volunteer)
            .FirstOrDefault();
    }
}
