namespace CareServices.AppHost.Hosting;

/// <summary>A Redis server run by DCP from the Debian package; its connection string has the form <c>Aspire.Hosting.Redis</c> gives.</summary>
public sealed class RedisExecutableResource(string name, string command, string dataDirectory)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "tcp";

    public EndpointReference PrimaryEndpoint => new(this, PrimaryEndpointName);

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{PrimaryEndpoint.Property(EndpointProperty.Host)}:{PrimaryEndpoint.Property(EndpointProperty.Port)}");
}
