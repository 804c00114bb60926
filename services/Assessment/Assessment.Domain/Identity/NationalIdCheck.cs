namespace CareServices.Assessment.Domain.Identity;

/// <summary>
/// The outcome of checking a national id: the birth date it encodes and its canonical form (digits only, Swedish
/// numbers with the century), or the rule it breaks.
/// </summary>
public readonly record struct NationalIdCheck(bool IsValid, DateOnly? BirthDate, string? Rule, string? Canonical = null)
{
    public static NationalIdCheck Pass(DateOnly birthDate, string canonical) => new(true, birthDate, null, canonical);

    public static NationalIdCheck Fail(string rule) => new(false, null, rule);
}
