using System.Globalization;
using System.Net;
using System.Net.NetworkInformation;

namespace CareServices.AppHost.Hosting;

/// <summary>
/// Loopback ports for the servers, chosen once per data folder and kept while they stay free, so psql, the
/// management UI and servers.env keep one address across runs. Picked from 20000–32000: below the kernel's
/// ephemeral range, where RabbitMQ's CLI tools take their own distribution ports.
/// </summary>
internal sealed class LocalServerPorts
{
    private const int Lowest = 20000;
    private const int Highest = 32000;
    private readonly string _file;
    private readonly Dictionary<string, int> _ports;
    private readonly HashSet<int> _inUse;

    private LocalServerPorts(string file, Dictionary<string, int> ports, HashSet<int> inUse)
    {
        _file = file;
        _ports = ports;
        _inUse = inUse;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LocalServerPorts> Loaded = new(StringComparer.Ordinal);

    /// <summary>The ports of one data folder; every server of the folder shares the instance, so none takes another's port.</summary>
    public static LocalServerPorts Load(string dataDirectory) => Loaded.GetOrAdd(Path.GetFullPath(dataDirectory), Read);

    private static LocalServerPorts Read(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var file = Path.Combine(dataDirectory, "ports.env");
        var ports = File.Exists(file)
            ? File.ReadAllLines(file).Select(line => line.Split('=', 2)).Where(pair => pair.Length == 2)
                .ToDictionary(pair => pair[0], pair => int.Parse(pair[1], CultureInfo.InvariantCulture), StringComparer.Ordinal)
            : new Dictionary<string, int>(StringComparer.Ordinal);
        var properties = IPGlobalProperties.GetIPGlobalProperties();
        var inUse = properties.GetActiveTcpListeners().Select(endpoint => endpoint.Port)
            .Concat(properties.GetActiveTcpConnections().Select(connection => connection.LocalEndPoint.Port))
            .ToHashSet();
        return new LocalServerPorts(file, ports, inUse);
    }

    /// <summary>The port recorded for <paramref name="name"/> when it is still free, otherwise a new free one.</summary>
    public int For(string name)
    {
        lock (_ports)
        {
            return Choose(name);
        }
    }

    private int Choose(string name)
    {
        if (_ports.TryGetValue(name, out var previous) && !_inUse.Contains(previous) && !TakenByAnother(name, previous))
        {
            return previous;
        }

        for (var attempt = 0; attempt < 500; attempt++)
        {
            var port = Random.Shared.Next(Lowest, Highest);
            if (_inUse.Contains(port) || _ports.ContainsValue(port) || !Bindable(port))
            {
                continue;
            }

            _ports[name] = port;
            File.WriteAllLines(_file, _ports.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key}={pair.Value}")));
            return port;
        }

        throw new InvalidOperationException($"No free loopback port between {Lowest} and {Highest}.");
    }

    private bool TakenByAnother(string name, int port) => _ports.Any(pair => pair.Key != name && pair.Value == port);

    private static bool Bindable(int port)
    {
        try
        {
            var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
