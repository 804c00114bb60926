namespace CareServices.Assessment.Domain.Recipients;

/// <summary>
/// Languages a recipient may prefer (ISO 639-1). Letters and notifications are written in nb, sv, da or en; the
/// others tell staff that an interpreter or a colleague who speaks it is needed.
/// </summary>
public static class Languages
{
    public static readonly IReadOnlySet<string> Supported = new HashSet<string>(StringComparer.Ordinal)
    {
        "nb", "nn", "se", "sv", "da", "fi", "en", "de", "pl", "lt", "uk", "ru", "ar", "so", "ti", "ur", "fa", "tr", "es",
    };
}
