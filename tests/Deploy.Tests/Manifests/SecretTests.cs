using System.Text.RegularExpressions;
using k8s.Models;

namespace CareServices.Deploy.Tests.Manifests;

/// <summary>No secret value is ever committed: manifests name Secrets and keys, scripts take values from outside.</summary>
public sealed partial class SecretTests
{
    [Fact]
    public void No_manifest_declares_a_secret_object()
    {
        Assert.NotEmpty(DeployFolder.Objects());
        Assert.Empty(DeployFolder.Objects().Where(o => o.Object is V1Secret || o.Object.Kind == "Secret").Select(o => o.File));
    }

    [Fact]
    public void Every_secret_looking_variable_of_every_container_comes_from_a_secret_key()
    {
        // Overlays hold patches only (no containers); the containers are in the bases and the servers' component.
        var containers = DeployFolder.Objects<V1Deployment>("base/").Select(d => (d.Metadata.Name, d.Spec.Template.Spec.Containers))
            .Concat(DeployFolder.Objects<V1Job>("base/").Select(j => (j.Metadata.Name, j.Spec.Template.Spec.Containers)))
            .Concat(DeployFolder.Objects<V1StatefulSet>("components/").Select(s => (s.Metadata.Name, s.Spec.Template.Spec.Containers)))
            .SelectMany(owner => owner.Containers.Select(container => (Owner: owner.Name, Container: container)))
            .ToList();

        Assert.Equal(11, containers.Count); // seven projects, the database-roles Job, three in-cluster servers
        var literal = containers
            .SelectMany(c => (c.Container.Env ?? []).Select(variable => (c.Owner, Variable: variable)))
            .Where(v => LooksSecret(v.Variable.Name) && !IsFlag(v.Variable.Value) && v.Variable.ValueFrom?.SecretKeyRef is null)
            .Select(v => $"{v.Owner}: {v.Variable.Name}")
            .ToList();
        Assert.Empty(literal);
    }

    [Fact]
    public void No_config_map_holds_a_secret_looking_key()
    {
        var configMaps = DeployFolder.Objects<V1ConfigMap>().ToList();

        Assert.NotEmpty(configMaps);
        Assert.Empty(configMaps.SelectMany(c => c.Data.Where(entry => LooksSecret(entry.Key) && !IsFlag(entry.Value)).Select(entry => $"{c.Metadata.Name}: {entry.Key}")));
    }

    [Fact]
    public void No_file_in_deploy_contains_a_password_or_credentials_in_a_uri()
    {
        var offending = DeployFolder.CommittedFiles()
            .SelectMany(path => File.ReadLines(Path.Combine(DeployFolder.Root, path))
                .Select((line, index) => (path, line, index))
                .Where(entry => LiteralPassword().IsMatch(entry.line) || UriCredentials().IsMatch(entry.line)))
            .Select(entry => $"{entry.path}:{entry.index + 1}: {entry.line.Trim()}")
            .ToList();

        Assert.Empty(offending);
    }

    [Theory]
    [InlineData("Host=db;Username=care;Password=hunter2;Database=x")]
    [InlineData("ConnectionStrings__redis: \"cache:6380,password=hunter2\"")]
    [InlineData("amqp://care:hunter2@broker:5672/")]
    public void The_scan_recognises_literal_credentials(string line) =>
        Assert.True(LiteralPassword().IsMatch(line) || UriCredentials().IsMatch(line));

    /// <summary>A switch such as <c>…__DevelopmentTokens: "false"</c> names a secret-looking word but holds none.</summary>
    private static bool IsFlag(string? value) => value is "true" or "false";

    private static bool LooksSecret(string name) =>
        name.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
        || SecretWord().IsMatch(name);

    [GeneratedRegex("pass|secret|signingkey|token|api_?key", RegexOptions.IgnoreCase)]
    private static partial Regex SecretWord();

    /// <summary><c>Password=</c> (Npgsql, StackExchange.Redis) followed by anything but a variable or a <c>&lt;placeholder&gt;</c>.</summary>
    [GeneratedRegex(@"password=(?![$<])[^\s;"",]", RegexOptions.IgnoreCase)]
    private static partial Regex LiteralPassword();

    /// <summary><c>scheme://user:password@</c> where the password is not a variable or a <c>&lt;placeholder&gt;</c>.</summary>
    [GeneratedRegex(@"://[^/\s:@]+:(?![$<])[^@\s/]+@")]
    private static partial Regex UriCredentials();
}
