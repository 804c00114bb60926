namespace CareServices.Documentation.Domain.Plans;

/// <summary>A service line as the decision grants it: what a new draft starts from.</summary>
public sealed record GrantedLine(Guid ServiceLineId, string ServiceCode, string? Instructions);
