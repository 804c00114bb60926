using System.Net;
using System.Net.Sockets;

namespace CareServices.AppHost.Orchestration;

/// <summary>Free loopback ports for the projects, and a check that a fixed one is still free.</summary>
internal static class PortAllocator
{
    public static int FreeLoopbackPort()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
            listener.Listen();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
