namespace CareServices.Documentation.Domain.Records;

/// <summary>
/// Which PostgreSQL text-search configuration stems a recipient's notes: Norwegian, Swedish or Danish from the
/// recipient's language, <c>simple</c> (no stemming, every language) otherwise.
/// </summary>
public static class SearchLanguage
{
    public const string Norwegian = "norwegian";
    public const string Swedish = "swedish";
    public const string Danish = "danish";
    public const string English = "english";
    public const string Simple = "simple";

    public static string For(string preferredLanguage) => preferredLanguage.ToLowerInvariant() switch
    {
        "nb" or "nn" or "no" => Norwegian,
        "sv" => Swedish,
        "da" => Danish,
        "en" => English,
        _ => Simple,
    };
}
