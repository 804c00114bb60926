using CareServices.Deploy.Generator.Manifest;

namespace CareServices.Deploy.Generator.Kubernetes;

/// <summary>A variable taken from a Secret: the variable's name, the Secret and its key.</summary>
public sealed record SecretVariable(string Name, string Secret, string Key);

/// <summary>
/// The environment contract Aspire gives a project locally, as a cluster gives it: the same
/// variable names, non-secret values in the service's ConfigMap, connection strings and the signing key from Secrets.
/// </summary>
public sealed record ServiceEnvironment(IReadOnlyDictionary<string, string> Config, IReadOnlyList<SecretVariable> Secrets)
{
    /// <summary>Issuer and audience of the tokens; an overlay sets its identity provider's (or Authority).</summary>
    public const string JwtIssuer = "careservices";
    public const string JwtAudience = "careservices";

    public static ServiceEnvironment For(ProjectResource project, string environmentName = "Production")
    {
        ArgumentNullException.ThrowIfNull(project);
        var config = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = environmentName,
            ["ASPNETCORE_URLS"] = $"http://+:{Conventions.ContainerPort}",
            ["Authentication__Jwt__Audience"] = JwtAudience,
            ["Authentication__Jwt__Issuer"] = JwtIssuer,
            ["OTEL_SERVICE_NAME"] = project.Name,
        };
        foreach (var service in project.ServiceReferences)
        {
            config[$"services__{service}__http__0"] = $"http://{service}";
        }
        // Values given with WithEnvironment are configuration, not secrets: the model has no secret values.
        foreach (var (name, value) in project.Environment)
        {
            config[name] = value;
        }

        var secrets = project.ConnectionReferences
            .Select(resource => new SecretVariable($"ConnectionStrings__{resource.Name}", Conventions.ConnectionsSecret(project.Name), resource.Name))
            .Append(new SecretVariable("Authentication__Jwt__SigningKey", Conventions.JwtSecret, Conventions.JwtSigningKeyKey))
            .OrderBy(variable => variable.Name, StringComparer.Ordinal)
            .ToList();
        return new ServiceEnvironment(config, secrets);
    }
}
