namespace CareServices.Assessment.Api.Api.Decisions;

public sealed record RejectDecisionRequest(string? Reason);

public sealed record TerminateDecisionRequest(DateOnly? LastDay, string? Reason);
