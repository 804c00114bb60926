namespace CareServices.ServiceDefaults.Problems;

/// <summary>
/// Collects "field: rule" messages for a ValidationProblem (400). Field names are the JSON paths the client
/// sent (e.g. <c>address.latitude</c>), so a form can put the message beside the right input.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public ValidationErrors Add(string field, string rule)
    {
        if (!_errors.TryGetValue(field, out var rules))
        {
            _errors[field] = rules = [];
        }
        rules.Add(rule);
        return this;
    }

    public ValidationErrors Require(bool condition, string field, string rule) => condition ? this : Add(field, rule);

    public Dictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
}
