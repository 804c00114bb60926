using CareServices.AppHost.Servers;

namespace CareServices.AppHost.Model;

/// <summary>The message broker; projects get an <c>amqp://</c> URI that names their virtual host.</summary>
public sealed class RabbitMQServerResource(string name) : Resource(name), IResourceWithConnectionString
{
    public override string Kind => "rabbitmq";

    public string GetConnectionString(ServerConnections servers, IsolationNames isolation) =>
        isolation.AmqpUri(servers.RabbitMQ);
}
