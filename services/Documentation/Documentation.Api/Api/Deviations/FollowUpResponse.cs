namespace CareServices.Documentation.Api.Api.Deviations;

public sealed record FollowUpResponse(Guid Id, string Description, Guid OwnerStaffId, DateOnly DueDate, DateTimeOffset? DoneAt);
