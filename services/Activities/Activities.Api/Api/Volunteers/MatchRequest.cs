namespace CareServices.Activities.Api.Api.Volunteers;

public sealed record MatchRequest(Guid? RecipientId, string? Role);
