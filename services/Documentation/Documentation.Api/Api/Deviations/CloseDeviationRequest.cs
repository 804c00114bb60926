namespace CareServices.Documentation.Api.Api.Deviations;

public sealed record CloseDeviationRequest(string? Note);
