using System.Text.RegularExpressions;
using CareServices.Notifications.Domain.Preferences;

namespace CareServices.Notifications.Api.Templates;

/// <summary>
/// The message templates, one file per template and language (<c>Templates/&lt;template&gt;/&lt;language&gt;.txt</c>,
/// embedded in the assembly): a <c>Subject:</c> line, a blank line, the body. <c>{{name}}</c> is filled from the
/// notification's values; a value a template names but the notification lacks is an error, never a blank.
/// </summary>
public sealed partial class TemplateCatalog
{
    private const string SubjectPrefix = "Subject: ";

    private readonly Dictionary<(string Template, string Language), string> _texts;

    private TemplateCatalog(Dictionary<(string, string), string> texts) => _texts = texts;

    public IReadOnlyCollection<string> Templates => _texts.Keys.Select(k => k.Template).Distinct().Order().ToList();

    public static TemplateCatalog Load()
    {
        var assembly = typeof(TemplateCatalog).Assembly;
        var texts = new Dictionary<(string, string), string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Templates/", StringComparison.Ordinal)))
        {
            var parts = name.Split('/');
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            texts[(parts[1], Path.GetFileNameWithoutExtension(parts[2]))] = reader.ReadToEnd();
        }
        return new TemplateCatalog(texts);
    }

    public bool Exists(string template, string language) => _texts.ContainsKey((template, language));

    /// <summary>The value names a template uses in the given language.</summary>
    public IReadOnlySet<string> ValueNames(string template, string language) =>
        Placeholder().Matches(Text(template, language)).Select(m => m.Groups[1].Value).ToHashSet();

    public RenderedMessage Render(string template, string language, IReadOnlyDictionary<string, string> values)
    {
        var text = Placeholder().Replace(Text(template, language), match =>
            values.TryGetValue(match.Groups[1].Value, out var value)
                ? value
                : throw new InvalidOperationException($"Template '{template}' ({language}) needs the value '{match.Groups[1].Value}'."));
        var newline = text.IndexOf('\n');
        if (!text.StartsWith(SubjectPrefix, StringComparison.Ordinal) || newline < 0)
        {
            throw new InvalidOperationException($"Template '{template}' ({language}) does not start with a subject line.");
        }
        return new RenderedMessage(text[SubjectPrefix.Length..newline].Trim(), text[(newline + 1)..].Trim());
    }

    private string Text(string template, string language) =>
        _texts.TryGetValue((template, Languages.OrDefault(language)), out var text)
            ? text
            : throw new InvalidOperationException($"No template '{template}' in '{language}'.");

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();
}
