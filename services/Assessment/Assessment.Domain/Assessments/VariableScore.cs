namespace CareServices.Assessment.Domain.Assessments;

public sealed record VariableScore(string Code, int Score, string? Note);
