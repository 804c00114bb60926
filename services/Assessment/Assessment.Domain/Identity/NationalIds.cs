using CareServices.Assessment.Domain.Municipalities;

namespace CareServices.Assessment.Domain.Identity;

/// <summary>Checks a national id by the rules of the municipality's country.</summary>
public static class NationalIds
{
    public static NationalIdCheck Check(string country, string? value, DateOnly today) => country switch
    {
        Countries.Sweden => SwedishNationalId.Check(value, today),
        Countries.Denmark => DanishNationalId.Check(value),
        _ => NorwegianNationalId.Check(value),
    };
}
