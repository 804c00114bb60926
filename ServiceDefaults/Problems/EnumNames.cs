using System.Text.Json;

namespace CareServices.ServiceDefaults.Problems;

/// <summary>
/// An enum as the API spells it: read from a request by its members' names in any case (numbers and comma lists
/// refused: <c>Enum.TryParse</c> would take a number, and would OR a list such as "moved,longTermCare" into another
/// member), written in camelCase, and listed for a message that names the allowed values.
/// </summary>
public static class EnumNames<TEnum> where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToDictionary(v => v.ToString(), StringComparer.OrdinalIgnoreCase);

    public static string Allowed { get; } = string.Join(", ", ByName.Values.Select(Name));

    public static bool TryParse(string? name, out TEnum value) => ByName.TryGetValue(name ?? "", out value);

    public static string Name(TEnum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
