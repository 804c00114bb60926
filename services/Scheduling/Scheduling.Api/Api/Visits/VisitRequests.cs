namespace CareServices.Scheduling.Api.Api.Visits;

public sealed record CheckInRequest(DateTimeOffset? At, double? Latitude, double? Longitude);

public sealed record CheckOutRequest(string? Outcome, DateTimeOffset? At);

public sealed record VisitExecutionResponse(
    Guid VisitId, string Status, DateTimeOffset? CheckedInAt, DateTimeOffset? CheckedOutAt, int? ActualMinutes, IReadOnlyList<string> Warnings);
