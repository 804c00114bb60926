namespace CareServices.Documentation.Api.Api.Access;

public sealed record EmergencyReviewRequest(string? Note);
