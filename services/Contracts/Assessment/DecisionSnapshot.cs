namespace CareServices.Contracts.Assessment;

/// <summary>One version of a decision as granted: everything Scheduling needs to derive visit demand.</summary>
public sealed record DecisionSnapshot
{
    public required Guid DecisionId { get; init; }
    public required string Number { get; init; }
    public required int Version { get; init; }
    public required Guid RecipientId { get; init; }
    public required string LegalBasis { get; init; }
    public required DateOnly ValidFrom { get; init; }

    /// <summary>The last day the version applies; null while open-ended.</summary>
    public DateOnly? ValidTo { get; init; }

    public required decimal HoursPerWeek { get; init; }
    public required IReadOnlyList<GrantedServiceLine> Lines { get; init; }
    public string? ContactPersonName { get; init; }
}
