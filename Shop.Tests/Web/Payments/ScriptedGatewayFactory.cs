using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Shop.Tests.Web.Payments;

/// <summary>
/// A shop whose gateway is a <see cref="ScriptedGateway"/>. Each gateway call may take ten minutes
/// (<c>Alipay:TimeoutSeconds</c>), so only the shop's own bounds end a stalled one; subclasses set them.
/// </summary>
public abstract class ScriptedGatewayFactory : ShopWebApplicationFactory
{
    public ScriptedGateway Gateway { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Alipay:GatewayUrl", ScriptedGateway.Path);
        builder.UseSetting("Alipay:TimeoutSeconds", "600");
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(new ScriptedGateway.StartupFilter(Gateway)));
    }
}
