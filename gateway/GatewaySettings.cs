namespace CareServices.Gateway;

/// <summary>Configuration section <c>Gateway</c>: which services are routed, with which policy, and the rate limit.</summary>
public sealed class GatewaySettings
{
    public const string SectionName = "Gateway";

    /// <summary>Any valid token; the service behind decides by role.</summary>
    public const string AuthenticatedPolicy = "Authenticated";

    public Dictionary<string, RoutedService> Services { get; set; } = new(StringComparer.Ordinal);

    public RateLimitSettings RateLimit { get; set; } = new();

    public string[] AllowedOrigins { get; set; } = [];
}
