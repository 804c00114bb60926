using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CareServices.Deploy.Generator.Yaml;

/// <summary>
/// Writes block-style YAML the way kubectl prints it (sequence items at their key's indent). Strings are plain only
/// when no YAML reader could take them for anything else; otherwise double-quoted. Output is LF-terminated.
/// </summary>
public static partial class YamlWriter
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    };

    /// <summary>Several documents separated by <c>---</c>.</summary>
    public static string Write(IEnumerable<YamlMapping> documents) =>
        string.Join("---\n", documents.Select(Write));

    public static string Write(YamlMapping document)
    {
        var text = new StringBuilder();
        WriteMapping(text, document, 0);
        return text.ToString();
    }

    private static void WriteMapping(StringBuilder text, YamlMapping mapping, int indent)
    {
        foreach (var (key, value) in mapping)
        {
            text.Append(' ', indent).Append(Scalar(new YamlScalar(key))).Append(':');
            WriteValue(text, value, indent);
        }
    }

    /// <summary>A value after its key (at <paramref name="indent"/>): nested keys two deeper, sequence items at the key's indent.</summary>
    private static void WriteValue(StringBuilder text, YamlNode value, int indent)
    {
        switch (value)
        {
            case YamlScalar { Literal: false } scalar when scalar.Value.Contains('\n', StringComparison.Ordinal):
                WriteBlock(text, scalar.Value, indent + 2);
                break;
            case YamlScalar scalar:
                text.Append(' ').Append(Scalar(scalar)).Append('\n');
                break;
            case YamlMapping { Count: 0 }:
                text.Append(" {}\n");
                break;
            case YamlSequence { Items.Count: 0 }:
                text.Append(" []\n");
                break;
            case YamlMapping mapping:
                text.Append('\n');
                WriteMapping(text, mapping, indent + 2);
                break;
            case YamlSequence sequence:
                text.Append('\n');
                WriteSequence(text, sequence, indent);
                break;
            default:
                throw new InvalidOperationException($"Unknown YAML node {value.GetType().Name}.");
        }
    }

    private static void WriteSequence(StringBuilder text, YamlSequence sequence, int indent)
    {
        foreach (var item in sequence.Items)
        {
            text.Append(' ', indent).Append('-');
            switch (item)
            {
                case YamlMapping { Count: > 0 } mapping:
                    // The first entry shares the dash's line; the rest line up under it.
                    var first = true;
                    foreach (var (key, value) in mapping)
                    {
                        text.Append(' ', first ? 1 : indent + 2).Append(Scalar(new YamlScalar(key))).Append(':');
                        WriteValue(text, value, indent + 2);
                        first = false;
                    }
                    break;
                case YamlSequence { Items.Count: > 0 }:
                    throw new InvalidOperationException("A sequence directly inside a sequence is not written by this publisher.");
                default:
                    WriteValue(text, item, indent);
                    break;
            }
        }
    }

    /// <summary>
    /// A multi-line string (a script in a ConfigMap) as a literal block: kept exactly, one trailing newline (<c>|</c>)
    /// or none (<c>|-</c>).
    /// </summary>
    private static void WriteBlock(StringBuilder text, string value, int indent)
    {
        if (value.StartsWith(' ') || value.EndsWith("\n\n", StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal))
        {
            throw new InvalidOperationException("A multi-line string must not start with a space, end in a blank line or hold a carriage return.");
        }
        var keepNewline = value.EndsWith('\n');
        text.Append(keepNewline ? " |\n" : " |-\n");
        foreach (var line in (keepNewline ? value[..^1] : value).Split('\n'))
        {
            if (line.Length > 0)
            {
                text.Append(' ', indent).Append(line);
            }
            text.Append('\n');
        }
    }

    private static string Scalar(YamlScalar scalar)
    {
        if (scalar.Literal)
        {
            return scalar.Value;
        }
        return !scalar.Quoted && PlainSafe().IsMatch(scalar.Value) && !Reserved.Contains(scalar.Value)
            ? scalar.Value
            : Quote(scalar.Value);
    }

    private static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

    /// <summary>Starts with a letter, <c>_</c>, <c>/</c> or <c>.</c>; no colon, space, quote or flow character anywhere.</summary>
    [GeneratedRegex("^[A-Za-z_/.][A-Za-z0-9_./-]*$")]
    private static partial Regex PlainSafe();
}
