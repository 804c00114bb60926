namespace CareServices.Assessment.Domain.Municipalities;

/// <summary>The countries CareServices serves (ISO 3166-1 alpha-2); a municipality's country decides its national id rules and appeal law.</summary>
public static class Countries
{
    public const string Norway = "NO";
    public const string Sweden = "SE";
    public const string Denmark = "DK";

    public static readonly IReadOnlyList<string> All = [Norway, Sweden, Denmark];

    /// <summary>The time zone a municipality plans in, unless it says otherwise.</summary>
    public static string DefaultTimeZone(string country) => country switch
    {
        Sweden => "Europe/Stockholm",
        Denmark => "Europe/Copenhagen",
        _ => "Europe/Oslo",
    };

    /// <summary>The language of letters when a recipient prefers one CareServices does not write.</summary>
    public static string DefaultLanguage(string country) => country switch
    {
        Sweden => "sv",
        Denmark => "da",
        _ => "nb",
    };
}
