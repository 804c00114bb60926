namespace CareServices.Contracts.Assessment;

/// <summary>Where a recipient lives; the coordinates are what route planning uses.</summary>
public sealed record RecipientAddress
{
    public required string Street { get; init; }
    public required string PostalCode { get; init; }
    public required string City { get; init; }
    public required double Latitude { get; init; }
    public required double Longitude { get; init; }
}
