using System.Collections.Concurrent;

namespace CareServices.AppHost.Telemetry;

/// <summary>
/// One string instance for texts that repeat across spans and log records (attribute keys, resource, scope and span
/// names, short values such as methods and routes), so fifty thousand spans do not hold fifty thousand copies of
/// <c>http.request.method</c>. Bounded: once full, new texts are kept as they are.
/// </summary>
internal sealed class StringPool(int capacity = 20_000, int maxLength = 128)
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Get(string text)
    {
        if (text.Length > maxLength)
        {
            return text;
        }

        if (_strings.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        return _strings.Count < capacity ? _strings.GetOrAdd(text, text) : text;
    }
}
