namespace CareServices.Activities.Domain.Interests;

/// <summary>When a recipient's interest checklist is due: at once if none was ever done, else 12 months after the last.</summary>
public static class ChecklistDue
{
    /// <summary>The date it falls due, or null when never done (due at once).</summary>
    public static DateOnly? DueOn(DateOnly? lastDoneOn) => lastDoneOn?.AddMonths(InterestChecklist.ValidMonths);

    public static bool IsDue(DateOnly? lastDoneOn, DateOnly today) => DueOn(lastDoneOn) is not { } due || due <= today;
}
