using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.OpenApi;

namespace CareServices.EndToEnd.Tests.Security.Fuzzing;

/// <summary>
/// Requests from an operation's OpenAPI description, generated with CsCheck: mostly values of the declared types
/// (boundaries included), some of the wrong type, bodies with fields missing, extra or malformed, and bodies that are
/// not JSON at all. Ids are new GUIDs (unknown records) or one of the <paramref name="knownIds"/> the scenario made.
/// </summary>
public sealed class RequestGenerator(IReadOnlyList<string> roles, IReadOnlyList<Guid> knownIds)
{
    private static readonly string[] Strings = ["", "a", "Kari Nordmann", "æøå ÆØÅ ñ 漢字", "nb", "sv", "en", "xx", "07:30", "2027-03-01", "2027-02-30", "-", "   "];

    public Gen<FuzzRequest> For(FuzzOperation operation) =>
        from role in Gen.OneOf([.. roles])
        from path in PathGen(operation)
        from body in operation.Body is null ? Gen.Const<string?>((string?)null) : BodyGen(operation.Body)
        select new FuzzRequest(operation, role, path, body);

    private Gen<string> PathGen(FuzzOperation operation)
    {
        var pathParameters = operation.Parameters.Where(p => p.In == ParameterLocation.Path).ToList();
        var query = operation.Parameters.Where(p => p.In == ParameterLocation.Query).ToList();
        var pathValues = Sequence(pathParameters.Select(p => ScalarText(p.Schema)));
        var queryValues = Sequence(query.Select(p => Gen.Frequency(
            (3, ScalarText(p.Schema).Select(v => $"{p.Name}={Uri.EscapeDataString(v)}")),
            (1, Gen.Const(string.Empty)))));
        return Gen.Select(pathValues, queryValues, (values, pairs) =>
        {
            var path = new StringBuilder(operation.PathTemplate);
            for (var i = 0; i < pathParameters.Count; i++)
            {
                path.Replace("{" + pathParameters[i].Name + "}", Uri.EscapeDataString(values[i]));
            }
            var queryString = string.Join('&', pairs.Where(p => p.Length > 0));
            return queryString.Length == 0 ? path.ToString() : $"{path}?{queryString}";
        });
    }

    /// <summary>A path or query value: mostly of the declared type, sometimes not.</summary>
    private Gen<string> ScalarText(IOpenApiSchema? schema) => Gen.Frequency(
        (4, TypedText(schema)),
        (1, Gen.OneOf("", "not-a-guid", "-1", "99999999999999999999", "%", "2027-13-01", new string('9', 300))));

    private Gen<string> TypedText(IOpenApiSchema? schema)
    {
        var type = schema?.Type ?? JsonSchemaType.String;
        if (schema?.Format == "uuid")
        {
            return knownIds.Count == 0
                ? Gen.Guid.Select(g => g.ToString())
                : Gen.Frequency((1, Gen.Guid.Select(g => g.ToString())), (1, Gen.OneOf([.. knownIds]).Select(g => g.ToString())));
        }
        if (schema?.Format == "date")
        {
            return Gen.Int[-400, 800].Select(d => new DateOnly(2026, 12, 1).AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (schema?.Format == "date-time")
        {
            return Gen.Int[-400, 800].Select(d => new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero).AddHours(d).ToString("O", CultureInfo.InvariantCulture));
        }
        if (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number))
        {
            return Gen.Frequency((3, Gen.Int[-5, 300]), (1, Gen.OneOf(int.MinValue, int.MaxValue, 0, -1)))
                .Select(i => i.ToString(CultureInfo.InvariantCulture));
        }
        if (type.HasFlag(JsonSchemaType.Boolean))
        {
            return Gen.Bool.Select(b => b ? "true" : "false");
        }
        return schema?.Enum is { Count: > 0 } values
            ? Gen.OneOf([.. values.Select(v => v?.ToString() ?? "")])
            : Gen.OneOf(Strings);
    }

    /// <summary>One value from each generator, in order.</summary>
    private static Gen<ImmutableList<T>> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(ImmutableList<T>.Empty), (all, next) => all.SelectMany(list => next.Select(list.Add)));

    private sealed record Field(string Name, JsonNode? Value, bool Present);

    private Gen<string?> BodyGen(IOpenApiSchema schema) => Gen.Frequency(
        (6, Value(schema, depth: 0).Select(node => (string?)(node?.ToJsonString() ?? "null"))),
        (1, Gen.OneOf<string?>("", "{", "[1,2", "{\"a\":}", "null", "\"text\"", "42", "{\"$type\":\"x\"}")));

    /// <summary>A JSON value for the schema: of its type mostly, malformed sometimes; objects lose or gain fields.</summary>
    private Gen<JsonNode?> Value(IOpenApiSchema schema, int depth)
    {
        var typed = Typed(schema, depth);
        return Gen.Frequency((8, typed), (1, Gen.OneOf(Malformed.Values).Select(v => v?.DeepClone())));
    }

    private Gen<JsonNode?> Typed(IOpenApiSchema schema, int depth)
    {
        if (schema.OneOf is { Count: > 0 } oneOf)
        {
            return Gen.OneOf([.. oneOf.Select(s => Typed(s, depth))]);
        }
        if (schema.AnyOf is { Count: > 0 } anyOf)
        {
            return Gen.OneOf([.. anyOf.Select(s => Typed(s, depth))]);
        }
        var type = schema.Type ?? JsonSchemaType.Object;
        if (type.HasFlag(JsonSchemaType.Array))
        {
            if (depth > 3 || schema.Items is null)
            {
                return Gen.Const<JsonNode?>(new JsonArray());
            }
            return Value(schema.Items, depth + 1).Array[0, 4].Select(items => (JsonNode?)new JsonArray([.. items.Select(i => i?.DeepClone())]));
        }
        if (type.HasFlag(JsonSchemaType.Object) && schema.Properties is { Count: > 0 } properties)
        {
            if (depth > 3)
            {
                return Gen.Const<JsonNode?>(new JsonObject());
            }
            var fields = properties.Select(p => Gen.Frequency(
                    (6, Value(p.Value, depth + 1).Select(v => new Field(p.Key, v, Present: true))),
                    (1, Gen.Const(new Field(p.Key, null, Present: false)))));
            return Gen.Select(Sequence(fields), Gen.Int[0, 8], (values, extra) =>
            {
                var body = new JsonObject();
                foreach (var field in values.Where(v => v.Present))
                {
                    body[field.Name] = field.Value?.DeepClone();
                }
                if (extra == 0)
                {
                    body["unexpectedField"] = "surplus";
                }
                return (JsonNode?)body;
            });
        }
        return TypedText(schema).Select(text => (JsonNode?)(type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)
            ? JsonValue.Create(long.TryParse(text, out var n) ? n : 0)
            : type.HasFlag(JsonSchemaType.Boolean) ? JsonValue.Create(text == "true") : JsonValue.Create(text)));
    }
}
