using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace CareServices.Gateway.Routing;

/// <summary>
/// Resolves <c>http://{service}</c> destinations from the Aspire service-discovery keys
/// <c>services:{service}:http:0..n</c>, the same configuration every service reads (Microsoft's YARP adapter for
/// service discovery is not available to us). Re-resolves when configuration reloads.
/// </summary>
public sealed class ConfigurationDestinationResolver(IConfiguration configuration) : IDestinationResolver
{
    public ValueTask<ResolvedDestinationCollection> ResolveDestinationsAsync(
        IReadOnlyDictionary<string, DestinationConfig> destinations, CancellationToken cancellationToken)
    {
        var resolved = new Dictionary<string, DestinationConfig>(StringComparer.Ordinal);
        foreach (var (id, destination) in destinations)
        {
            var service = new Uri(destination.Address).Host;
            var addresses = configuration.GetSection($"services:{service}:http").GetChildren()
                .Select(entry => entry.Value)
                .OfType<string>()
                .ToList();
            if (addresses.Count == 0)
            {
                resolved[id] = destination;
                continue;
            }
            for (var i = 0; i < addresses.Count; i++)
            {
                resolved[addresses.Count == 1 ? id : $"{id}-{i}"] = destination with { Address = addresses[i] };
            }
        }
        return ValueTask.FromResult(new ResolvedDestinationCollection(resolved, configuration.GetReloadToken()));
    }
}
