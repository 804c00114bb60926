using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace CareServices.EndToEnd.Tests.Security.Fuzzing;

/// <summary>One operation of a service's OpenAPI document: what the fuzzer may vary.</summary>
public sealed record FuzzOperation(
    string Service, HttpMethod Method, string PathTemplate, IReadOnlyList<IOpenApiParameter> Parameters, IOpenApiSchema? Body)
{
    /// <summary>The operations of a document, paths as the gateway routes them (<c>/api/&lt;service&gt;/…</c>).</summary>
    public static IReadOnlyList<FuzzOperation> From(string service, OpenApiDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var operations = new List<FuzzOperation>();
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var parameters = (item.Parameters ?? []).Concat(operation.Parameters ?? []).ToList();
                var body = operation.RequestBody?.Content?.FirstOrDefault(c => c.Key.Contains("json", StringComparison.Ordinal)).Value?.Schema;
                operations.Add(new FuzzOperation(service, method, path, parameters, body));
            }
        }
        return operations;
    }

    public override string ToString() => $"{Method} {PathTemplate}";
}

/// <summary>A request the fuzzer made: its parts, kept so a failure names what was sent.</summary>
public sealed record FuzzRequest(FuzzOperation Operation, string Role, string Path, string? Body)
{
    public override string ToString() => $"{Operation.Method} {Path} as {Role}" + (Body is null ? "" : $" body {Truncate(Body)}");

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}

/// <summary>JSON values that are not what a schema asks for.</summary>
internal static class Malformed
{
    public static readonly JsonNode?[] Values =
    [
        null, JsonValue.Create(""), JsonValue.Create(-1), JsonValue.Create(long.MaxValue), JsonValue.Create(1e308),
        JsonValue.Create(true), new JsonArray(), new JsonObject(), JsonValue.Create(new string('x', 5000)),
        JsonValue.Create("0000-13-45"), JsonValue.Create("not-a-guid"), JsonValue.Create("'; DROP TABLE x; --"),
        JsonValue.Create("\u0000\uFFFF"), JsonValue.Create("12:99"),
    ];
}
