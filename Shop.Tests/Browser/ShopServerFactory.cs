using Shop.Tests.Web;

namespace Shop.Tests.Browser;

/// <summary>
/// The shop on a real Kestrel port on loopback, for a real browser to talk to. Everything else is
/// <see cref="ShopWebApplicationFactory"/>'s: Development, a database and file folder of its own,
/// migrated and seeded; <see cref="ShopWebApplicationFactory.QueryAsync{T}"/> and the catalog
/// helpers still reach that database.
/// </summary>
public class ShopServerFactory : ShopWebApplicationFactory
{
    public ShopServerFactory() => UseKestrel(0);

    /// <summary>Starts the server if it is not running yet, and returns its address, such as http://127.0.0.1:39839/.</summary>
    public Uri Start()
    {
        StartServer();
        return ClientOptions.BaseAddress;
    }
}
