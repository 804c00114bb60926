namespace CareServices.Contracts.Assessment;

public sealed record VisitTimeWindow
{
    public required TimeOnly Start { get; init; }
    public required TimeOnly End { get; init; }
}
