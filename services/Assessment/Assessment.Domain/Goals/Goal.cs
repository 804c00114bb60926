namespace CareServices.Assessment.Domain.Goals;

/// <summary>
/// A goal set with the recipient (help to self-help: "walk to the shop again by May"), or a sub-goal of one,
/// and the service lines that work towards it.
/// </summary>
public sealed class Goal
{
    private Goal()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public Guid? ParentGoalId { get; private set; }
    public string Description { get; private set; } = "";
    public DateOnly? TargetDate { get; private set; }
    public GoalStatus Status { get; private set; }
    public List<Guid> ServiceLineIds { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Goal Set(string municipalityId, Guid recipientId, Guid? parentGoalId, string description, DateOnly? targetDate, IEnumerable<Guid> serviceLineIds, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        MunicipalityId = municipalityId,
        RecipientId = recipientId,
        ParentGoalId = parentGoalId,
        Description = description.Trim(),
        TargetDate = targetDate,
        Status = GoalStatus.Open,
        ServiceLineIds = serviceLineIds.Distinct().ToList(),
        CreatedAt = now,
        UpdatedAt = now,
    };

    public void Change(string description, DateOnly? targetDate, GoalStatus status, IEnumerable<Guid> serviceLineIds, DateTimeOffset now)
    {
        Description = description.Trim();
        TargetDate = targetDate;
        Status = status;
        ServiceLineIds = serviceLineIds.Distinct().ToList();
        UpdatedAt = now;
    }
}
