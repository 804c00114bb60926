using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CareServices.ServiceDefaults.Json;

/// <summary>
/// A request list never means anything by a <c>null</c> element (<c>"tasks": [{…}, null]</c>), and handlers that
/// validate each element would otherwise meet it as a <see cref="NullReferenceException"/>: a 500 for the caller's
/// mistake. After an object is read, each of its list properties is checked, and a null element is a
/// <see cref="NullElementException"/>, which the bad-request handler answers with a 400 naming the list.
/// A type-info modifier rather than a converter, so lists keep their shape in the OpenAPI documents.
/// </summary>
public static class NullElementGuard
{
    public static void Modify(JsonTypeInfo typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var lists = typeInfo.Properties
            .Where(property => property.Get is not null && HoldsNullableElements(property.PropertyType))
            .Select(property => (property.Name, Get: property.Get!))
            .ToArray();
        if (lists.Length == 0)
        {
            return;
        }

        var earlier = typeInfo.OnDeserialized;
        typeInfo.OnDeserialized = value =>
        {
            earlier?.Invoke(value);
            foreach (var (name, get) in lists)
            {
                if (get(value) is IEnumerable elements && elements.Cast<object?>().Any(element => element is null))
                {
                    throw new NullElementException(name);
                }
            }
        };
    }

    /// <summary>A sequence (not a string) whose element type admits null: a class, an interface or <c>T?</c>.</summary>
    private static bool HoldsNullableElements(Type type)
    {
        if (type == typeof(string))
        {
            return false;
        }
        var element = type.IsArray
            ? type.GetElementType()
            : (type.IsInterface && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type : type.GetInterfaces()
                .FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>)))
                ?.GetGenericArguments()[0];
        return element is not null && (!element.IsValueType || Nullable.GetUnderlyingType(element) is not null);
    }
}

/// <summary>A list in a request body held a null element; <see cref="Property"/> is its JSON name.</summary>
public sealed class NullElementException(string property) : JsonException($"The list '{property}' holds a null element.")
{
    public string Property { get; } = property;
}
