namespace CareServices.Assessment.Domain.Recipients;

/// <summary>What staff must know before entering the home (DOMAIN step 6). Contents are never logged.</summary>
public sealed record HomeNotes(string? Pets, bool Smoking, string? Aids, string? Other)
{
    public static readonly HomeNotes None = new(null, false, null, null);
}
