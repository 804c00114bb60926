namespace CareServices.Gateway;

/// <summary>A service behind the gateway, routed at <c>/api/{name}/**</c>, with the policy a caller must meet at the edge.</summary>
public sealed class RoutedService
{
    public string Policy { get; set; } = GatewaySettings.AuthenticatedPolicy;
}
