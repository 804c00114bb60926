using System.Text.Json;

namespace CareServices.Documentation.Api.Api;

/// <summary>An enum's members as the API spells them (camelCase), so an unknown value is refused naming the allowed ones.</summary>
public static class Vocabulary<TEnum> where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), StringComparer.Ordinal);

    public static string Allowed { get; } = string.Join(", ", ByName.Keys);

    public static bool TryParse(string? name, out TEnum value) => ByName.TryGetValue(name ?? "", out value);

    public static string Name(TEnum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
