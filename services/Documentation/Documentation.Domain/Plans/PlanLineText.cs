namespace CareServices.Documentation.Domain.Plans;

/// <summary>The texts a Nurse or care worker writes for one line of a draft.</summary>
public sealed record PlanLineText(Guid ServiceLineId, string TaskText, string? RecipientWishes, string? DoesThemselves, string? Goals, string? PracticalNotes);
