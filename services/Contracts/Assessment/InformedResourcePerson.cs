namespace CareServices.Contracts.Assessment;

/// <summary>A relative or other resource person whom the recipient consents to have told about changes.</summary>
public sealed record InformedResourcePerson
{
    public required Guid ResourcePersonId { get; init; }
    public required string Name { get; init; }
    public required string Relation { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
}
