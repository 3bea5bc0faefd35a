using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Shop.Tests.Web;

namespace Shop.Tests.Browser;

/// <summary>
/// The shop on a real Kestrel port on loopback, for a real browser to talk to. Everything else is
/// <see cref="ShopWebApplicationFactory"/>'s: Development, a database and file folder of its own,
/// migrated and seeded; <see cref="ShopWebApplicationFactory.QueryAsync{T}"/> and the catalog
/// helpers still reach that database. The port is chosen before start, because the shop must know
/// its own public address: it is where the sandbox sends Alipay's notifications and buyers back.
/// </summary>
public class ShopServerFactory : ShopWebApplicationFactory
{
    private readonly int _port = FreePort();

    public ShopServerFactory() => UseKestrel(_port);

    public string PublicBaseUrl => $"http://127.0.0.1:{_port}";

    /// <summary>Starts the server if it is not running yet, and returns its address, such as http://127.0.0.1:39839/.</summary>
    public Uri Start()
    {
        StartServer();
        return new Uri(PublicBaseUrl + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Alipay:PublicBaseUrl", PublicBaseUrl);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
