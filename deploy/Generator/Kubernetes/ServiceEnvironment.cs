using CareServices.Deploy.Generator.Manifest;

namespace CareServices.Deploy.Generator.Kubernetes;

/// <summary>A variable taken from a Secret: the variable's name, the Secret and its key.</summary>
public sealed record SecretVariable(string Name, string Secret, string Key);

/// <summary>
/// The environment contract Aspire gives a project locally, as a cluster gives it: the same variable names,
/// non-secret values (the identity provider's address among them) in the service's ConfigMap, connection strings and
/// secret parameters (client secrets, the provider's signing key) from Secrets.
/// </summary>
public sealed record ServiceEnvironment(IReadOnlyDictionary<string, string> Config, IReadOnlyList<SecretVariable> Secrets)
{
    /// <summary>The key of a secret parameter's value in its Secret (the Secret is named after the parameter).</summary>
    public const string ParameterKey = "value";

    public static ServiceEnvironment For(ProjectResource project, string environmentName = "Production")
    {
        ArgumentNullException.ThrowIfNull(project);
        var config = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = environmentName,
            ["ASPNETCORE_URLS"] = $"http://+:{Conventions.ContainerPort}",
            ["OTEL_SERVICE_NAME"] = project.Name,
        };
        foreach (var service in project.ServiceReferences)
        {
            config[$"services__{service}__http__0"] = $"http://{service}";
        }
        foreach (var (name, value) in project.Environment)
        {
            config[name] = value;
        }

        var secrets = project.ConnectionReferences
            .Select(resource => new SecretVariable($"ConnectionStrings__{resource.Name}", Conventions.ConnectionsSecret(project.Name), resource.Name))
            .Concat(project.SecretReferences.Select(secret => new SecretVariable(secret.Variable, secret.Parameter, ParameterKey)))
            .OrderBy(variable => variable.Name, StringComparer.Ordinal)
            .ToList();
        return new ServiceEnvironment(config, secrets);
    }
}
