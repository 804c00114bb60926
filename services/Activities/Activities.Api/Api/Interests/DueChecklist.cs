namespace CareServices.Activities.Api.Api.Interests;

/// <summary>A recipient whose interest checklist is due: never done (<see cref="LastDoneOn"/> null) or 12 months old.</summary>
public sealed record DueChecklist(Guid RecipientId, string Name, string Zone, string? ContactPersonName, DateOnly? LastDoneOn, DateOnly? DueOn);
