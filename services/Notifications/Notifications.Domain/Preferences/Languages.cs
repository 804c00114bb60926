namespace CareServices.Notifications.Domain.Preferences;

/// <summary>The languages every template exists in.</summary>
public static class Languages
{
    public const string Default = "nb";

    public static IReadOnlyList<string> All { get; } = ["nb", "nn", "sv", "da", "en"];

    public static bool IsSupported(string? language) => language is not null && All.Contains(language);

    /// <summary>The language to write in: the one asked for when a template exists in it, else Norwegian Bokmål.</summary>
    public static string OrDefault(string? language) => IsSupported(language) ? language! : Default;
}
