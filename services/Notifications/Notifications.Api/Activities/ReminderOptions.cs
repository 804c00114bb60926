namespace CareServices.Notifications.Api.Activities;

/// <summary>Configuration section <c>Notifications:Reminders</c>.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Notifications:Reminders";

    /// <summary>How often a worker looks for sign-ups to remind.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// From this local time on the day before an occurrence its reminders go out (a seat taken later that day is
    /// reminded in the next round); before it, nobody is reminded of tomorrow yet.
    /// </summary>
    public TimeOnly SendFrom { get; set; } = new(10, 0);
}
