namespace CareServices.Contracts.Documentation;

public sealed record DeliveredServiceMinutes
{
    public required Guid ServiceLineId { get; init; }
    public required int Minutes { get; init; }
}
