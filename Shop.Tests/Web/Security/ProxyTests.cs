using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Shop.Domain.Ordering;
using Shop.Tests.Sandbox;

namespace Shop.Tests.Web.Security;

/// <summary>
/// Behind a TLS proxy named in <c>ForwardedHeaders:KnownProxies</c> or <c>KnownNetworks</c>, the
/// shop sees HTTPS and the client's address, so every cookie is Secure; the same headers from an
/// address nobody named are ignored.
/// </summary>
public sealed class ProxyTests : IDisposable
{
    private const string Proxy = "10.20.0.5";
    private const string ProxyNetworkMember = "10.30.7.9";
    private const string Stranger = "10.99.0.1";
    private const string Buyer = "203.0.113.77";

    private readonly ShopWebApplicationFactory _factory = new();
    private readonly WebApplicationFactory<Program> _shop;

    public ProxyTests() =>
        _shop = _factory.WithWebHostBuilder(builder => builder
            .UseSetting("ForwardedHeaders:KnownProxies:0", Proxy)
            .UseSetting("ForwardedHeaders:KnownNetworks", "10.30.0.0/16, fd00:30::/64"));

    /// <summary>Signs in, adds to the cart, switches language and donates: every cookie the shop has is set on the way.</summary>
    private async Task<ProxiedBrowser> GoThroughTheShopAsync(string from)
    {
        var proxied = new ProxiedBrowser(from, Buyer);
        var browser = _shop.CreateDefaultClient(proxied);
        var tea = await _factory.ProductAsync("longjing-green-tea");
        await browser.AddToCartAsync(tea.Id); // the anonymous cart's cookie, a flash in TempData
        await browser.GetAsync("/cart");
        await browser.GetAsync("/culture?culture=en&returnUrl=%2F");
        var email = ShopWebApplicationFactory.NewEmail();
        await _factory.CreateUserAsync(email);
        await browser.SubmitFormAsync("/Identity/Account/Login", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = ShopWebApplicationFactory.Password,
        });
        await browser.SubmitFormAsync("/donate", new() { ["amount"] = "1", ["anonymous"] = "true" });
        return proxied;
    }

    [Theory]
    [InlineData(Proxy)]
    [InlineData(ProxyNetworkMember)]
    public async Task Through_a_trusted_proxy_saying_https_every_cookie_is_Secure_and_the_order_records_the_buyers_address(string proxy)
    {
        var browser = await GoThroughTheShopAsync(proxy);

        var cookies = browser.CookiesSecure();
        foreach (var name in new[] { ".AspNetCore.Identity.Application", ".AspNetCore.Mvc.CookieTempDataProvider", "shop.cart", ".AspNetCore.Culture" })
        {
            Assert.True(cookies.ContainsKey(name), $"{name} was never set: {string.Join(", ", cookies.Keys)}");
        }
        Assert.Contains(cookies.Keys, name => name.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.All(cookies, cookie => Assert.True(cookie.Value, $"{cookie.Key} is not Secure"));
        var donation = await _factory.QueryAsync(db => Task.FromResult(db.Orders.OrderBy(o => o.Id).Last(o => o.Kind == OrderKind.Donation)));
        Assert.Equal(Buyer, donation.ClientAddress);
    }

    [Fact]
    public async Task The_forwarded_headers_of_an_address_nobody_named_are_ignored()
    {
        var browser = await GoThroughTheShopAsync(Stranger);

        var cookies = browser.CookiesSecure();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie => Assert.False(cookie.Value, $"{cookie.Key} is Secure over plain http"));
        var donation = await _factory.QueryAsync(db => Task.FromResult(db.Orders.OrderBy(o => o.Id).Last(o => o.Kind == OrderKind.Donation)));
        Assert.Equal(Stranger, donation.ClientAddress);
    }

    [Fact]
    public async Task Outside_Development_plain_http_is_sent_to_https_with_HSTS_while_https_through_the_proxy_and_loopback_are_served()
    {
        using var production = _shop.WithWebHostBuilder(builder => builder
            .UseEnvironment("Production")
            .UseSetting("Database:Seed", "false")
            .UseSetting("Alipay:Sandbox:Enabled", "false")
            .UseSetting("Alipay:Partner", TestMerchants.ShopPartner)
            .UseSetting("Alipay:Key", TestMerchants.ShopKey)
            .UseSetting("Alipay:GatewayUrl", "https://mapi.alipay.com/gateway.do")
            .UseSetting("Alipay:PublicBaseUrl", "https://shop.example.com"));

        var direct = production.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://shop.example.com") });
        direct.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, Buyer);
        var redirected = await direct.GetAsync("/catalog");
        Assert.Equal(System.Net.HttpStatusCode.TemporaryRedirect, redirected.StatusCode);
        Assert.Equal("https://shop.example.com/catalog", redirected.Headers.Location?.AbsoluteUri);

        var proxied = production.CreateDefaultClient(new Uri("http://shop.example.com"), new ProxiedBrowser(Proxy, Buyer));
        var served = await proxied.GetAsync("/catalog");
        Assert.Equal(System.Net.HttpStatusCode.OK, served.StatusCode);
        Assert.StartsWith("max-age=", string.Join("", served.Headers.GetValues("Strict-Transport-Security")));

        var loopback = production.CreateClient(new() { AllowAutoRedirect = false });
        loopback.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, "127.0.0.1");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await loopback.GetAsync("/health")).StatusCode);
    }

    public void Dispose()
    {
        _shop.Dispose();
        _factory.Dispose();
    }
}
