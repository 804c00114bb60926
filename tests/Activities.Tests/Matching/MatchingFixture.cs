using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Domain.Interests;
using CareServices.Activities.Domain.Matching;
using CareServices.Activities.Domain.Volunteers;

namespace CareServices.Activities.Tests.Matching;

/// <summary>
/// A fixed data set around one recipient in Leinesfjord (67.78 N, 15.05 E) who needs transport, would like to try a
/// bus trip, sings now, used to knit and does not care for card games.
/// </summary>
public static class MatchingFixture
{
    public static readonly DateTimeOffset Now = new(2027, 5, 3, 8, 0, 0, TimeSpan.Zero);
    public static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static InterestChecklist Checklist(bool needsTransport = true, bool needsWheelchairAccess = false, bool needsHearingLoop = false) => InterestChecklist.Record("1848", Guid.NewGuid(), "primary", new ChecklistContent(
        new DateOnly(2027, 1, 10),
        [
            new("busTrips", InterestAnswer.WouldLikeToTry),
            new("singing", InterestAnswer.DoNow),
            new("knitting", InterestAnswer.UsedTo),
            new("cardGames", InterestAnswer.NotInterested),
            new("fishing", InterestAnswer.DoNow),
        ],
        true, MeetingFrequency.Rarely, 4, needsTransport, false, needsWheelchairAccess, needsHearingLoop, null));

    public static RecipientProfile Recipient(InterestChecklist? checklist) =>
        new(Guid.Parse("00000000-0000-0000-0000-0000000000aa"), "Leiranger", 67.78, 15.05, "nb", checklist);

    public static Activity Activity(
        string title, ActivityCategory category, double latitude, double longitude, DateTime localStart, bool transport = false, string language = "nb",
        bool wheelchairAccessible = true, bool hearingLoop = false) =>
        Domain.Calendar.Activity.Publish("1848", Guid.NewGuid(), new ActivityDetails(
            title, category, "", null, new Place(title, null, latitude, longitude, wheelchairAccessible, hearingLoop),
            new Schedule(localStart, localStart.AddHours(2), "Europe/Oslo", "FREQ=WEEKLY"), 10, transport, 0, language), Now);

    public static Volunteer Volunteer(string name, string[] interests, string[] languages, double? latitude, DateOnly? certificate,
        bool consent = true, string zone = "Leiranger", VolunteerRole role = VolunteerRole.VisitFriend) =>
        Domain.Volunteers.Volunteer.Register("1848", new VolunteerProfile(name, "", [role], interests, languages, [zone],
            [new WeeklySlot(DayOfWeek.Wednesday, new TimeOnly(10, 0), new TimeOnly(15, 0))],
            latitude, latitude is null ? null : 15.05, certificate, consent, VolunteerStatus.Active));
}
