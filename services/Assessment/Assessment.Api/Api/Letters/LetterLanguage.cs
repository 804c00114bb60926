using CareServices.Assessment.Domain.Municipalities;

namespace CareServices.Assessment.Api.Api.Letters;

public static class LetterLanguage
{
    /// <summary>nb, sv, da or en: the wanted language when a letter exists in it, nynorsk as bokmål, else the municipality's.</summary>
    public static string For(string wanted, Municipality municipality) => wanted switch
    {
        "nb" or "sv" or "da" or "en" => wanted,
        "nn" => "nb",
        _ => Countries.DefaultLanguage(municipality.Country),
    };
}
