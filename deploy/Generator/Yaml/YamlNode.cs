namespace CareServices.Deploy.Generator.Yaml;

/// <summary>
/// A YAML value as the publisher builds it: mappings keep the order keys were added in, so the text written is the
/// same on every render.
/// </summary>
public abstract record YamlNode
{
    public static implicit operator YamlNode(string value) => new YamlScalar(value, Quoted: false);

    public static implicit operator YamlNode(int value) => new YamlScalar(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Literal: true);

    public static implicit operator YamlNode(bool value) => new YamlScalar(value ? "true" : "false", Literal: true);
}

/// <summary>A string (quoted when YAML would read it as something else), or a number or boolean written as is.</summary>
public sealed record YamlScalar(string Value, bool Quoted = false, bool Literal = false) : YamlNode;

public sealed record YamlSequence(IReadOnlyList<YamlNode> Items) : YamlNode
{
    public YamlSequence(params YamlNode[] items)
        : this((IReadOnlyList<YamlNode>)items)
    {
    }
}
