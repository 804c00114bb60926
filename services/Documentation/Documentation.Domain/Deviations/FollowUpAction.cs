namespace CareServices.Documentation.Domain.Deviations;

/// <summary>Something to do after a deviation, by whom and when.</summary>
public sealed class FollowUpAction
{
    public Guid Id { get; set; }
    public string Description { get; set; } = "";
    public Guid OwnerStaffId { get; set; }
    public DateOnly DueDate { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
}
