using Microsoft.AspNetCore.Hosting;
using Shop.Tests.Sandbox;

namespace Shop.Tests.Web.Security;

/// <summary>
/// Outside Development the shop refuses to start with a plain-http PublicBaseUrl or an absolute
/// plain-http gateway, and says why; loopback addresses stay allowed, for load tests.
/// </summary>
public class AlipayHttpsSettingsTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Shop(string environment, string publicBaseUrl, string gatewayUrl) =>
        factory.WithWebHostBuilder(builder => builder
            .UseEnvironment(environment)
            .UseSetting("Database:Seed", "false")
            .UseSetting("Alipay:Sandbox:Enabled", "false")
            .UseSetting("Alipay:Partner", TestMerchants.ShopPartner)
            .UseSetting("Alipay:Key", TestMerchants.ShopKey)
            .UseSetting("Alipay:GatewayUrl", gatewayUrl)
            .UseSetting("Alipay:PublicBaseUrl", publicBaseUrl));

    [Theory]
    [InlineData("Production", "http://shop.example.com", "https://mapi.alipay.com/gateway.do", "Alipay:PublicBaseUrl must be https outside Development")]
    [InlineData("Staging", "https://shop.example.com", "http://mapi.alipay.com/gateway.do", "Alipay:GatewayUrl must be https outside Development")]
    public void Outside_Development_plain_http_addresses_stop_the_shop_at_start_with_the_reason(
        string environment, string publicBaseUrl, string gatewayUrl, string reason)
    {
        using var shop = Shop(environment, publicBaseUrl, gatewayUrl);

        var refused = Record.Exception(() => shop.CreateClient());

        Assert.NotNull(refused);
        Assert.Contains(reason, refused.ToString());
    }

    [Theory]
    [InlineData("Production", "http://127.0.0.1:5080", "http://127.0.0.1:5081/gateway.do")]
    [InlineData("Production", "https://shop.example.com", "/local/gateway.do")]
    [InlineData("Development", "http://shop.example.com", "http://gateway.example.com/gateway.do")]
    public async Task Loopback_addresses_a_gateway_path_and_Development_may_use_http(string environment, string publicBaseUrl, string gatewayUrl)
    {
        using var shop = Shop(environment, publicBaseUrl, gatewayUrl);
        var client = shop.CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, "127.0.0.1");

        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
