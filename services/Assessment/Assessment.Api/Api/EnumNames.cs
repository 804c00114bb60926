using System.Text.Json;

namespace CareServices.Assessment.Api.Api;

/// <summary>
/// Reads an enum from a request by its members' names, in any case; numbers and comma lists are refused.
/// <c>Enum.TryParse</c> would take a number, and would OR a list such as "moved,longTermCare" into another member.
/// </summary>
public static class EnumNames<TEnum> where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToDictionary(v => v.ToString(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The names as the API writes them (camelCase), for a message that lists them.</summary>
    public static string Allowed { get; } = string.Join(", ", ByName.Keys.Select(JsonNamingPolicy.CamelCase.ConvertName));

    public static bool TryParse(string? name, out TEnum value) => ByName.TryGetValue(name ?? "", out value);
}
