namespace CareServices.Activities.Api.Api.Activities;

/// <summary>Cancels the whole activity, or with <see cref="OccurrenceStart"/> only that occurrence of a series.</summary>
public sealed record CancelRequest(string? Reason, DateTimeOffset? OccurrenceStart);
