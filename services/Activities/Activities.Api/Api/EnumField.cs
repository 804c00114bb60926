using System.Text.Json;

namespace CareServices.Activities.Api.Api;

/// <summary>Reads an enum from its camelCase JSON name, the way responses write it; numbers are not accepted.</summary>
public static class EnumField
{
    public static bool TryParse<T>(string? value, out T result) where T : struct, Enum
    {
        result = default;
        return value is not null && !int.TryParse(value, out _) && Enum.TryParse(value, true, out result) && Enum.IsDefined(result);
    }

    public static string Names<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName));
}
