namespace CareServices.Documentation.Api.Api.Reports;

/// <summary>
/// A change in the recipient's condition: <see cref="Category"/> is <c>appetite</c>, <c>mobility</c>, <c>mood</c>,
/// <c>memory</c>, <c>skin</c>, <c>fall</c>, <c>pain</c> or <c>other</c>.
/// </summary>
public sealed record ConditionChangeRequest(string? Category, string? Description);
