using CareServices.AppHost.Model;
using CareServices.AppHost.Servers;

namespace CareServices.AppHost.Orchestration;

/// <summary>
/// The environment a project is started with: Aspire's contract (<c>ConnectionStrings__*</c>,
/// <c>services__*__http__0</c>, <c>ASPNETCORE_URLS</c>, <c>OTEL_*</c>) plus the per-run JWT settings. A service
/// reads nothing else, so it runs unchanged under a real Aspire AppHost or in Kubernetes.
/// </summary>
public sealed record EnvironmentContract(
    ServerConnections Servers,
    IsolationNames Isolation,
    IReadOnlyDictionary<string, string> HttpEndpoints,
    string EnvironmentName,
    string? OtlpEndpoint,
    string SigningKey)
{
    public const string JwtIssuer = "careservices-dev";
    public const string JwtAudience = "careservices";

    /// <summary>Inherited variables with these prefixes are removed so nothing but the contract reaches a project.</summary>
    public static IReadOnlyList<string> ReplacedPrefixes { get; } =
        ["ConnectionStrings__", "services__", "OTEL_", "ASPNETCORE_", "DOTNET_ENVIRONMENT", "Authentication__", "CARESERVICES_"];

    /// <summary><c>OTEL_EXPORTER_OTLP_PROTOCOL</c> with the endpoint (<c>http/protobuf</c> for the dashboard's receiver).</summary>
    public string? OtlpProtocol { get; init; }

    /// <summary><c>OTEL_EXPORTER_OTLP_HEADERS</c> with the endpoint: the dashboard's OTLP key.</summary>
    public string? OtlpHeaders { get; init; }

    public IReadOnlyDictionary<string, string> For(ProjectResource project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_URLS"] = HttpEndpoints[project.Name],
            ["ASPNETCORE_ENVIRONMENT"] = EnvironmentName,
            ["OTEL_SERVICE_NAME"] = project.Name,
            ["Authentication__Jwt__Issuer"] = JwtIssuer,
            ["Authentication__Jwt__Audience"] = JwtAudience,
            ["Authentication__Jwt__SigningKey"] = SigningKey,
        };
        if (!string.IsNullOrEmpty(OtlpEndpoint))
        {
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = OtlpEndpoint;
            if (OtlpProtocol is not null)
            {
                environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = OtlpProtocol;
            }

            if (OtlpHeaders is not null)
            {
                environment["OTEL_EXPORTER_OTLP_HEADERS"] = OtlpHeaders;
            }

            // Seconds, not the SDK's defaults (5 s batches, 60 s metrics): an operator sees a request at once.
            environment["OTEL_BSP_SCHEDULE_DELAY"] = "1000";
            environment["OTEL_BLRP_SCHEDULE_DELAY"] = "1000";
            environment["OTEL_METRIC_EXPORT_INTERVAL"] = "5000";
        }

        foreach (var resource in project.ConnectionReferences)
        {
            environment[$"ConnectionStrings__{resource.Name}"] = resource.GetConnectionString(Servers, Isolation);
        }

        foreach (var service in project.ServiceReferences)
        {
            environment[$"services__{service.Name}__http__0"] = HttpEndpoints[service.Name];
        }

        foreach (var (name, value) in project.Environment)
        {
            environment[name] = value;
        }

        return environment;
    }
}
