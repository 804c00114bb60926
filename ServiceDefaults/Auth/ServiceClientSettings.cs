namespace CareServices.ServiceDefaults.Auth;

/// <summary>
/// Configuration section <c>Authentication:Client</c>: this service's own client id and secret at the authority, for
/// service-to-service calls (client credentials).
/// </summary>
public sealed class ServiceClientSettings
{
    public const string SectionName = "Authentication:Client";

    public string? Id { get; set; }
    public string? Secret { get; set; }
}
