using CareServices.Assessment.Domain.Municipalities;

namespace CareServices.Assessment.Api.Api.Letters;

public static class LetterLanguage
{
    public static readonly IReadOnlyList<string> Written = ["nb", "nn", "sv", "da", "en"];

    /// <summary>The wanted language when letters are written in it, else the municipality's.</summary>
    public static string For(string wanted, Municipality municipality) =>
        Written.Contains(wanted) ? wanted : Countries.DefaultLanguage(municipality.Country);
}
