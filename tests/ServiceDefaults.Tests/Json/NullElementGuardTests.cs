using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CareServices.ServiceDefaults.Json;

namespace CareServices.ServiceDefaults.Tests.Json;

public sealed class NullElementGuardTests
{
    private sealed record Line(string? Text);

    private sealed record Visit(IReadOnlyList<Line>? Tasks, int[]? Minutes, IReadOnlyList<string?>? Notes);

    private sealed record Plan(IReadOnlyList<Visit>? Visits);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver().WithAddedModifier(NullElementGuard.Modify),
    };

    [Theory]
    [InlineData("""{"tasks":[{"text":"a"},null]}""", "tasks")]
    [InlineData("""{"notes":["a",null]}""", "notes")]
    public void A_null_element_is_refused_naming_the_list(string json, string list)
    {
        var refused = Assert.Throws<NullElementException>(() => JsonSerializer.Deserialize<Visit>(json, Options));

        Assert.Equal(list, refused.Property);
    }

    [Fact]
    public void A_null_element_in_a_nested_list_names_where_the_object_is()
    {
        var refused = Assert.Throws<NullElementException>(() =>
            JsonSerializer.Deserialize<Plan>("""{"visits":[{"tasks":[]},{"tasks":[null]}]}""", Options));

        Assert.Equal(("tasks", "$.visits[1]"), (refused.Property, refused.Path));
    }

    [Fact]
    public void Lists_without_null_elements_and_absent_lists_are_read_as_they_are()
    {
        var visit = JsonSerializer.Deserialize<Visit>("""{"tasks":[{"text":null}],"minutes":[0,5]}""", Options)!;

        Assert.Single(visit.Tasks!);
        Assert.Equal([0, 5], visit.Minutes!);
        Assert.Null(visit.Notes);
    }
}
