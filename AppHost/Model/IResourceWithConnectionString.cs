using CareServices.AppHost.Servers;

namespace CareServices.AppHost.Model;

/// <summary>A resource a project reaches through <c>ConnectionStrings__&lt;name&gt;</c>.</summary>
public interface IResourceWithConnectionString
{
    string Name { get; }

    /// <summary>The connection string once the servers are known.</summary>
    string GetConnectionString(ServerConnections servers, IsolationNames isolation);
}
