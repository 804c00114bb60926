namespace CareServices.Assessment.Domain.Decisions;

/// <summary>The recipient's contact person (primærkontakt), printed in the letter when known.</summary>
public sealed record ContactPerson(string Name, string? Phone);
