namespace CareServices.Contracts.Assessment;

/// <summary>What staff must know before entering the home: pets, smoking, aids in the home, anything else.</summary>
public sealed record RecipientHomeNotes
{
    public string? Pets { get; init; }
    public required bool Smoking { get; init; }
    public string? Aids { get; init; }
    public string? Other { get; init; }
}
