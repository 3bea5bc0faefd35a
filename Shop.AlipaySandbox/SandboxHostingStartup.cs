using Shop.AlipaySandbox;

[assembly: HostingStartup(typeof(SandboxHostingStartup))]

namespace Shop.AlipaySandbox;

/// <summary>
/// How a host takes the sandbox in without naming any of its types: it runs the hosting startup
/// this assembly declares. Shop.Web does so in Development when a Debug build carries this
/// assembly (README: Architecture); the framework does so for anything listed in
/// <c>ASPNETCORE_HOSTINGSTARTUPASSEMBLIES</c>. Either way nothing is registered unless the
/// environment is Development and <c>Alipay:Sandbox:Enabled</c> is true.
/// </summary>
public class SandboxHostingStartup : IHostingStartup
{
    public void Configure(IWebHostBuilder builder) =>
        builder.ConfigureServices((context, services) =>
        {
            if (SandboxOptions.IsOn(context.Configuration, context.HostingEnvironment))
            {
                services.AddAlipaySandbox(context.Configuration, context.HostingEnvironment);
            }
        });
}
