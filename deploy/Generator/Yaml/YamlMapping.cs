using System.Collections;

namespace CareServices.Deploy.Generator.Yaml;

/// <summary>An ordered mapping, written with collection initialisers: <c>new YamlMapping { ["kind"] = "Service" }</c>.</summary>
public sealed record YamlMapping : YamlNode, IEnumerable<KeyValuePair<string, YamlNode>>
{
    private readonly List<KeyValuePair<string, YamlNode>> _entries = [];

    public int Count => _entries.Count;

    /// <summary>Adds an entry; a null value leaves the key out, so optional fields read naturally at the call site.</summary>
    public YamlNode? this[string key]
    {
        get => _entries.FirstOrDefault(entry => entry.Key == key).Value;
        set
        {
            if (_entries.Any(entry => entry.Key == key))
            {
                throw new InvalidOperationException($"Key '{key}' is already in this mapping.");
            }
            if (value is not null)
            {
                _entries.Add(new(key, value));
            }
        }
    }

    public IEnumerator<KeyValuePair<string, YamlNode>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Entries sorted by key (ordinal), for maps whose order carries no meaning (labels, ConfigMap data).</summary>
    public static YamlMapping Sorted(IEnumerable<KeyValuePair<string, string>> entries)
    {
        var mapping = new YamlMapping();
        foreach (var (key, value) in entries.OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            mapping[key] = value;
        }
        return mapping;
    }
}
