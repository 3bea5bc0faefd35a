using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Shop.AlipaySandbox;
using Shop.Tests.Web;

namespace Shop.Tests.Sandbox;

/// <summary>The sandbox exists only in Development, and only when enabled.</summary>
public class SandboxAvailabilityTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private static readonly string[] SandboxPages =
    [
        "/sandbox/alipay/gateway.do?service=notify_verify&partner=2088101122136241&notify_id=abc",
        "/sandbox/alipay",
    ];

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Outside_Development_the_sandbox_is_not_there_even_when_enabled(string environment)
    {
        var sandboxFile = Path.Combine(factory.DataFolder, $"{environment}-sandbox.db");
        using var production = factory.WithWebHostBuilder(builder => builder
            .UseEnvironment(environment)
            .UseSetting("Alipay:Sandbox:Enabled", "true")
            .UseSetting("Alipay:Sandbox:ConnectionString", $"Data Source={sandboxFile}")
            .UseSetting("Database:Seed", "false")
            .UseSetting("Alipay:Partner", TestMerchants.ShopPartner)
            .UseSetting("Alipay:Key", TestMerchants.ShopKey)
            .UseSetting("Alipay:GatewayUrl", "https://mapi.alipay.com/gateway.do")
            .UseSetting("Alipay:PublicBaseUrl", "https://shop.example.com"));
        var client = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var page in SandboxPages)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
        }

        Assert.Null(production.Services.GetService<SandboxDbContext>());
        Assert.Empty(production.Services.GetServices<IHostedService>().OfType<NotificationDelivery>());
        Assert.False(File.Exists(sandboxFile));
    }

    [Fact]
    public async Task In_Development_the_sandbox_is_off_unless_enabled()
    {
        using var disabled = factory.WithWebHostBuilder(builder => builder.UseSetting("Alipay:Sandbox:Enabled", "false"));
        var client = disabled.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var page in SandboxPages)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
        }
    }

    [Fact]
    public async Task In_Development_with_the_sandbox_enabled_its_pages_answer()
    {
        var client = factory.CreateClient();

        Assert.Equal("false", await client.GetStringAsync(SandboxPages[0]));
        Assert.Contains("沙箱控制台", await client.GetStringAsync(SandboxPages[1]));
    }
}
