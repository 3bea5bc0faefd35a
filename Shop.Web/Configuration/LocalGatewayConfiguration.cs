using System.Reflection;

namespace Shop.Web.Configuration;

public static class LocalGatewayConfiguration
{
    /// <summary>The local Alipay gateway's assembly, which only Debug builds carry (README: Architecture).</summary>
    public const string AssemblyName = "Shop.AlipaySandbox";

    /// <summary>
    /// In Development, with <c>Alipay:Sandbox:Enabled</c>, runs the hosting startup of the local
    /// Alipay gateway, which registers everything it needs itself. The shop never names its types:
    /// the assembly is loaded by name, and a Release build, which does not carry it, refuses to
    /// start rather than send payments to a gateway that is not there.
    /// </summary>
    public static WebApplicationBuilder AddLocalAlipayGateway(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() || !builder.Configuration.GetValue<bool>("Alipay:Sandbox:Enabled"))
        {
            return builder;
        }

        Assembly gateway;
        try
        {
            gateway = Assembly.Load(new AssemblyName(AssemblyName));
        }
        catch (FileNotFoundException e)
        {
            throw new InvalidOperationException(
                $"Alipay:Sandbox:Enabled is true, but this build does not carry the local Alipay gateway ({AssemblyName}): "
                + "only Debug builds do. Run a Debug build (dotnet run --project Shop.Web), or set Alipay:Sandbox:Enabled=false "
                + "and point Alipay:GatewayUrl at a real gateway.",
                e);
        }

        foreach (var startup in gateway.GetCustomAttributes<HostingStartupAttribute>())
        {
            ((IHostingStartup)Activator.CreateInstance(startup.HostingStartupType)!).Configure(builder.WebHost);
        }

        return builder;
    }
}
