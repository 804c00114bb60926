namespace CareServices.Assessment.Api.Api.Decisions;

public sealed record TimeWindowDto(string? Start, string? End);
