using CareServices.AppHost.Servers;

namespace CareServices.AppHost.Model;

/// <summary>The shared Redis; projects get <c>host:port</c>.</summary>
public sealed class RedisResource(string name) : Resource(name), IResourceWithConnectionString
{
    public override string Kind => "redis";

    public string GetConnectionString(ServerConnections servers, IsolationNames isolation) => servers.Redis;
}
