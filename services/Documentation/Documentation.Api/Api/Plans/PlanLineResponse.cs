namespace CareServices.Documentation.Api.Api.Plans;

public sealed record PlanLineResponse(
    Guid ServiceLineId, string ServiceCode, string TaskText, string? RecipientWishes, string? DoesThemselves, string? Goals, string? PracticalNotes, DateOnly? ClosedFrom);
