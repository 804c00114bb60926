namespace CareServices.Scheduling.Planner.Model;

/// <summary>Who the recipient knows: contact persons and the staff who served them in the last weeks.</summary>
public sealed record RecipientContinuity(
    string RecipientId,
    string? PrimaryContactStaffId,
    string? SecondaryContactStaffId,
    IReadOnlySet<string> RecentStaffIds);
