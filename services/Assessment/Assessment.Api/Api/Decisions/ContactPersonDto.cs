namespace CareServices.Assessment.Api.Api.Decisions;

public sealed record ContactPersonDto(string? Name, string? Phone);
