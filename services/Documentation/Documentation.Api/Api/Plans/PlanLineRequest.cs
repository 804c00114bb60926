namespace CareServices.Documentation.Api.Api.Plans;

public sealed record PlanLineRequest(Guid ServiceLineId, string? TaskText, string? RecipientWishes = null, string? DoesThemselves = null, string? Goals = null, string? PracticalNotes = null);
