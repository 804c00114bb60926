using System.Text.Json;
using System.Text.RegularExpressions;

namespace CareServices.Deploy.Tests.Contracts;

/// <summary>
/// Holds every contract to the rule in services/Contracts/README.md against the shapes already published
/// (<c>published-contracts.json</c>): a published URN keeps its type name and every field as it was, and a field
/// added since must be optional. A breaking change needs a new type with a new URN.
/// </summary>
public sealed partial class ContractCompatibilityTests
{
    private static readonly string SnapshotPath = Path.Combine(TestSupport.RepositoryRoot.Path, "tests", "Deploy.Tests", "Contracts", "published-contracts.json");

    [Fact]
    public void Every_contract_pins_a_versioned_urn_of_its_own()
    {
        var shapes = ContractShape.Published();

        Assert.NotEmpty(shapes);
        Assert.All(shapes, shape => Assert.Matches(VersionedUrn(), shape.Urn));
        Assert.Equal(shapes.Count, shapes.Select(shape => shape.Urn).Distinct().Count());
    }

    [Fact]
    public void Published_contracts_change_only_by_adding_optional_fields()
    {
        var published = Snapshot();
        var current = ContractShape.Published().ToDictionary(shape => shape.Urn);
        var problems = new List<string>();

        foreach (var (urn, before) in published)
        {
            if (!current.TryGetValue(urn, out var now))
            {
                problems.Add($"{urn}: removed; consumers of it would get nothing. Keep it until none is deployed.");
                continue;
            }
            if (now.Type != before.Type)
            {
                problems.Add($"{urn}: type {before.Type} became {now.Type}, which renames its exchange.");
            }
            foreach (var (field, shape) in before.Fields)
            {
                if (!now.Fields.TryGetValue(field, out var nowShape))
                {
                    problems.Add($"{urn}: field {field} removed or renamed; add a new version instead.");
                }
                else if (nowShape != shape)
                {
                    problems.Add($"{urn}: field {field} changed from '{shape}' to '{nowShape}'; add a new version instead.");
                }
            }
            problems.AddRange(now.Fields
                .Where(field => !before.Fields.ContainsKey(field.Key) && !ContractShape.IsOptional(field.Value))
                .Select(field => $"{urn}: new field {field.Key} is '{field.Value}'; a new field must be nullable and not required."));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_contract_is_in_the_published_snapshot()
    {
        var published = Snapshot();
        var missing = ContractShape.Published().Where(shape => !published.ContainsKey(shape.Urn)).ToList();

        Assert.True(missing.Count == 0,
            $"Add the new contracts to tests/Deploy.Tests/Contracts/published-contracts.json once they are released:{Environment.NewLine}" +
            JsonSerializer.Serialize(missing.ToDictionary(shape => shape.Urn, shape => new { type = shape.Type, fields = shape.Fields }),
                new JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public void A_new_optional_field_is_compatible_and_a_new_required_one_is_not()
    {
        var next = ContractShape.Of(typeof(NextVersion.RecipientRegistered));

        Assert.True(ContractShape.IsOptional(next.Fields["phoneNumber"]));
        Assert.False(ContractShape.IsOptional(next.Fields["zone"]));
    }

    private static Dictionary<string, (string Type, SortedDictionary<string, string> Fields)> Snapshot()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SnapshotPath));
        return document.RootElement.EnumerateObject().ToDictionary(
            entry => entry.Name,
            entry => (
                entry.Value.GetProperty("type").GetString()!,
                new SortedDictionary<string, string>(
                    entry.Value.GetProperty("fields").EnumerateObject().ToDictionary(field => field.Name, field => field.Value.GetString()!),
                    StringComparer.Ordinal)));
    }

    [GeneratedRegex("^careservices:[a-z]+:[a-z]+(-[a-z]+)*:v[1-9][0-9]*$")]
    private static partial Regex VersionedUrn();
}
