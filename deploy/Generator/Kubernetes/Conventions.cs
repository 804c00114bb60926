using CareServices.Deploy.Generator.Yaml;

namespace CareServices.Deploy.Generator.Kubernetes;

/// <summary>The names and numbers every manifest agrees on.</summary>
public static class Conventions
{
    public const string PartOf = "careservices";

    /// <summary>The port a service listens on in its container (the aspnet images' default, unprivileged).</summary>
    public const int ContainerPort = 8080;

    /// <summary>The cluster Service's port, so <c>http://&lt;service&gt;</c> reaches it, as service discovery expects.</summary>
    public const int ServicePort = 80;

    /// <summary>The <c>app</c> user of the .NET runtime images.</summary>
    public const int DotnetUserId = 1654;

    /// <summary>The image name a service's manifests use; an overlay maps it to a registry and a tag.</summary>
    public static string Image(string name) => $"{PartOf}/{name}";

    public static string ConfigMap(string name) => $"{name}-config";

    /// <summary>One Secret per service with its connection strings, so no service can read another's database password.</summary>
    public static string ConnectionsSecret(string name) => $"{name}-connections";

    /// <summary>
    /// The variable that names the folder of a service's at-rest keys (key-ring certificate, national-id hash key);
    /// a service that reads it gets its <see cref="AtRestKeysSecret"/> mounted read-only there.
    /// </summary>
    public const string AtRestKeysVariable = "DataProtection__KeyDirectory";

    /// <summary>A service's own at-rest keys: files, never in its database and never in another service's reach.</summary>
    public static string AtRestKeysSecret(string name) => $"{name}-at-rest-keys";

    /// <summary>Passwords of the in-cluster servers of the dev overlay.</summary>
    public const string ServersSecret = "careservices-servers";

    public static YamlMapping Labels(string name, string component) => new()
    {
        ["app.kubernetes.io/name"] = name,
        ["app.kubernetes.io/component"] = component,
        ["app.kubernetes.io/part-of"] = PartOf,
    };

    public static YamlMapping Selector(string name) => new() { ["app.kubernetes.io/name"] = name };

    public static YamlMapping Metadata(string name, string component) => Metadata(name, name, component);

    /// <summary>An object named <paramref name="objectName"/> that belongs to <paramref name="name"/> (its ConfigMap, say).</summary>
    public static YamlMapping Metadata(string objectName, string name, string component) => new()
    {
        ["name"] = objectName,
        ["labels"] = Labels(name, component),
    };

    public static YamlMapping SecretKey(string secret, string key) => new()
    {
        ["secretKeyRef"] = new YamlMapping { ["name"] = secret, ["key"] = key },
    };
}
