namespace CareServices.Documentation.Api.Api.Deviations;

public sealed record FollowUpRequest(string? Description, Guid? OwnerStaffId, DateOnly? DueDate);
