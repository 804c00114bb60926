namespace CareServices.Contracts.Scheduling;

/// <summary>The minutes a visit plans for one service line of a decision (Assessment's <c>ServiceLineId</c>).</summary>
public sealed record PlannedServiceMinutes
{
    public required Guid ServiceLineId { get; init; }
    public required int Minutes { get; init; }
}
