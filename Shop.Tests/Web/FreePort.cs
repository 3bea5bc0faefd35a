using System.Net;
using System.Net.Sockets;

namespace Shop.Tests.Web;

/// <summary>A loopback port no one listens on right now, for a server a test starts.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
