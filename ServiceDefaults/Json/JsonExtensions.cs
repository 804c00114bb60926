using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.ServiceDefaults.Json;

public static class JsonExtensions
{
    /// <summary>
    /// camelCase with enums as strings: readable for people, stable when enum members are reordered. Request lists
    /// with a null element are refused (<see cref="NullElementGuard"/>).
    /// </summary>
    public static IServiceCollection ConfigureServiceJson(this IServiceCollection services) =>
        services.Configure<JsonOptions>(options =>
        {
            Apply(options.SerializerOptions);
            options.SerializerOptions.TypeInfoResolver = (options.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(NullElementGuard.Modify);
        });

    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
