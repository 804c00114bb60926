using CareServices.Contracts.Activities;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Domain.Activities;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Notifications.Api.Activities;

/// <summary>
/// What an activity's change or cancellation does to the sign-ups kept for reminders, mirroring what Activities does
/// to its own: a changed title or place is named in the reminder; a future occurrence the new schedule no longer has,
/// or a cancelled one, ends its sign-ups.
/// </summary>
public static class SignUpChanges
{
    private static readonly string[] ScheduleFields = ["startsAt", "recurrence"];

    public static async Task ApplyAsync(NotificationsDbContext db, ActivityChanged message, string timeZone, CancellationToken cancellationToken)
    {
        var schedule = new ActivitySchedule(message.StartsAt, message.Recurrence, timeZone);
        var scheduleChanged = message.Changes.Any(ScheduleFields.Contains);
        foreach (var signUp in await StandingAsync(db, message.MunicipalityId, message.ActivityId, message.OccurredAt, cancellationToken))
        {
            signUp.Describe(message.Title, message.PlaceName);
            if (scheduleChanged && !schedule.Occurs(signUp.OccurrenceStart))
            {
                signUp.End(message.OccurredAt);
            }
        }
    }

    public static async Task ApplyAsync(NotificationsDbContext db, ActivityCancelled message, CancellationToken cancellationToken)
    {
        var occurrence = message.OccurrenceStart?.ToUniversalTime();
        foreach (var signUp in await StandingAsync(db, message.MunicipalityId, message.ActivityId, message.OccurredAt, cancellationToken))
        {
            if (occurrence is null || signUp.OccurrenceStart == occurrence)
            {
                signUp.End(message.OccurredAt);
            }
        }
    }

    private static Task<List<ActivitySignUp>> StandingAsync(
        NotificationsDbContext db, string municipalityId, Guid activityId, DateTimeOffset after, CancellationToken cancellationToken) =>
        db.ActivitySignUps
            .Where(s => s.ActivityId == activityId && s.MunicipalityId == municipalityId && s.EndedAt == null && s.OccurrenceStart > after)
            .ToListAsync(cancellationToken);
}
