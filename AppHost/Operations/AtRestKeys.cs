namespace CareServices.AppHost.Operations;

/// <summary>
/// Where a service finds the keys that protect its data at rest and that must not be in its database (the
/// key-ring certificate, the national-id hash key; see docs/security.md). Locally a folder under the run's data
/// folder, made at the service's first start and kept with the database it belongs to (a new <c>--data-dir</c>
/// means a new database and new keys). Published, a Secret mounted read-only at <see cref="MountPath"/>, which
/// deploy/create-secrets.sh fills once.
/// </summary>
public static class AtRestKeys
{
    public const string DirectoryVariable = "DataProtection__KeyDirectory";
    public const string MountPath = "/var/run/secrets/careservices/at-rest-keys";

    public static IResourceBuilder<ProjectResource> WithAtRestKeys(this IResourceBuilder<ProjectResource> service, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (service.ApplicationBuilder.ExecutionContext.IsPublishMode)
        {
            return service.WithEnvironment(DirectoryVariable, MountPath);
        }

        return service
            .WithEnvironment(DirectoryVariable, Path.Combine(dataDirectory, "keys", service.Resource.Name))
            .WithEnvironment("DataProtection__CreateMissingKeys", "true");
    }
}
