namespace CareServices.AppHost.Hosting;

/// <summary>
/// A RabbitMQ node with its management plugin, run by DCP from the Debian package (guest/guest on loopback). Its
/// connection string has the form <c>Aspire.Hosting.RabbitMQ</c> gives.
/// </summary>
public sealed class RabbitMQExecutableResource(string name, string command, string dataDirectory)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "tcp";
    internal const string ManagementEndpointName = "management";

    // RabbitMQ accepts guest only over loopback, which is the only place this node listens.
    internal const string UserName = "guest";
    internal const string Password = "guest";

    public EndpointReference PrimaryEndpoint => new(this, PrimaryEndpointName);

    public EndpointReference ManagementEndpoint => new(this, ManagementEndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{UserName}:{Password}@{PrimaryEndpoint.Property(EndpointProperty.Host)}:{PrimaryEndpoint.Property(EndpointProperty.Port)}");
}
