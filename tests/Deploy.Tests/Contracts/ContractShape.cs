using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CareServices.Contracts;
using MassTransit;

namespace CareServices.Deploy.Tests.Contracts;

/// <summary>
/// A published contract as its consumers see it on the wire: URN, the CLR name that names its exchange, and every
/// JSON field (nested records flattened as <c>address.city</c>) with its type, <c>required</c> and nullability.
/// </summary>
public sealed record ContractShape(string Urn, string Type, SortedDictionary<string, string> Fields)
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static IReadOnlyList<ContractShape> Published() =>
        typeof(IntegrationEvent).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsPublic: true } && type.GetCustomAttribute<MessageUrnAttribute>() is not null)
            .Select(Of)
            .OrderBy(shape => shape.Urn, StringComparer.Ordinal)
            .ToList();

    public static ContractShape Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var urn = type.GetCustomAttribute<MessageUrnAttribute>()!.Urn.ToString()["urn:message:".Length..];
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        AddFields(type, "", fields);
        return new ContractShape(urn, type.FullName!, fields);
    }

    /// <summary>True when a consumer of the older release may be missing this field: it must be optional to be new.</summary>
    public static bool IsOptional(string field) => field.EndsWith('?') && !field.Contains(" required", StringComparison.Ordinal);

    private static void AddFields(Type type, string prefix, SortedDictionary<string, string> fields)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead))
        {
            var name = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var required = property.GetCustomAttribute<RequiredMemberAttribute>() is not null;
            var nullable = Nullability.Create(property).ReadState == NullabilityState.Nullable;
            fields[name] = $"{TypeName(property.PropertyType)}{(required ? " required" : "")}{(nullable ? "?" : "")}";
            if (property.PropertyType.Assembly == type.Assembly && !property.PropertyType.IsEnum)
            {
                AddFields(property.PropertyType, name + ".", fields);
            }
        }
    }

    private static string TypeName(Type type) =>
        Nullable.GetUnderlyingType(type) is { } underlying ? TypeName(underlying)
        : type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(",", type.GetGenericArguments().Select(TypeName))}>"
        : type.Name;
}
