using CareServices.Deploy.Generator.Yaml;
using YamlDotNet.RepresentationModel;

namespace CareServices.Deploy.Tests.Manifests;

/// <summary>The publisher's YAML reads back as written: strings stay strings, whatever they look like.</summary>
public sealed class YamlWriterTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("No")]
    [InlineData("null")]
    [InlineData("1.0.0")]
    [InlineData("8080")]
    [InlineData("0x1F")]
    [InlineData("http://+:8080")]
    [InlineData("a: b")]
    [InlineData("#not a comment")]
    [InlineData("- item")]
    [InlineData("quote \" and \\ backslash")]
    [InlineData("$(REDIS_PASSWORD)")]
    [InlineData("")]
    public void A_string_reads_back_as_the_same_string(string value)
    {
        var text = YamlWriter.Write(new YamlMapping { ["key"] = value });

        var scalar = (YamlScalarNode)Parse(text).Children[new YamlScalarNode("key")];
        Assert.Equal(value, scalar.Value);
        Assert.True(scalar.Style != YamlDotNet.Core.ScalarStyle.Plain || IsPlainString(value), $"'{value}' was written plain: {text}");
    }

    [Theory]
    [InlineData("#!/bin/sh\nset -eu\n\n  indented: \"quoted\" $(x)\n")]
    [InlineData("two lines\nno newline at the end")]
    public void A_multi_line_string_reads_back_exactly_inside_a_mapping_and_a_sequence(string value)
    {
        var text = YamlWriter.Write(new YamlMapping { ["data"] = new YamlMapping { ["script"] = value }, ["list"] = new YamlSequence(value) });

        var root = Parse(text);
        Assert.Equal(value, ((YamlScalarNode)((YamlMappingNode)root.Children[new YamlScalarNode("data")]).Children[new YamlScalarNode("script")]).Value);
        Assert.Equal(value, ((YamlScalarNode)((YamlSequenceNode)root.Children[new YamlScalarNode("list")]).Children[0]).Value);
    }

    [Fact]
    public void Numbers_and_booleans_are_written_as_such_and_nesting_follows_kubectl()
    {
        var text = YamlWriter.Write(new YamlMapping
        {
            ["replicas"] = 2,
            ["enabled"] = false,
            ["containers"] = new YamlSequence(new YamlMapping
            {
                ["name"] = "a",
                ["ports"] = new YamlSequence(new YamlMapping { ["containerPort"] = 8080 }),
            }),
            ["empty"] = new YamlMapping(),
            ["none"] = null,
        });

        Assert.Equal("""
            replicas: 2
            enabled: false
            containers:
            - name: a
              ports:
              - containerPort: 8080
            empty: {}

            """, text);
        Assert.Equal(4, Parse(text).Children.Count);
    }

    private static bool IsPlainString(string value) =>
        value.Length > 0 && (char.IsLetter(value[0]) || value[0] is '/' or '_' or '.')
        && value.All(c => char.IsLetterOrDigit(c) || c is '/' or '_' or '.' or '-')
        && value is not ("true" or "false" or "null" or "yes" or "no" or "No");

    private static YamlMappingNode Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }
}
