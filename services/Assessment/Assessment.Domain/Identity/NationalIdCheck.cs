namespace CareServices.Assessment.Domain.Identity;

/// <summary>The outcome of checking a national id: the birth date it encodes, or the rule it breaks.</summary>
public readonly record struct NationalIdCheck(bool IsValid, DateOnly? BirthDate, string? Rule)
{
    public static NationalIdCheck Pass(DateOnly birthDate) => new(true, birthDate, null);

    public static NationalIdCheck Fail(string rule) => new(false, null, rule);
}
