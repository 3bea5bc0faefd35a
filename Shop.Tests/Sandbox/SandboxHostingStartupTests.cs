using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Shop.AlipaySandbox;

namespace Shop.Tests.Sandbox;

/// <summary>
/// The sandbox's one entry point registers it only in Development with Alipay:Sandbox:Enabled,
/// however a host runs it (Shop.Web loading it by name, or ASPNETCORE_HOSTINGSTARTUPASSEMBLIES),
/// and registers it once when it is run twice.
/// </summary>
public class SandboxHostingStartupTests
{
    private static WebApplicationBuilder Host(string environment, bool enabled)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration["Alipay:Sandbox:Enabled"] = enabled ? "true" : "false";
        builder.Configuration["Alipay:Sandbox:ConnectionString"] = "Data Source=:memory:";
        return builder;
    }

    private static int Registrations<T>(WebApplicationBuilder builder) =>
        builder.Services.Count(service => service.ServiceType == typeof(T) || service.ImplementationType == typeof(T));

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Outside_Development_it_registers_nothing_even_when_enabled(string environment)
    {
        var builder = Host(environment, enabled: true);
        var before = builder.Services.Count;

        new SandboxHostingStartup().Configure(builder.WebHost);

        Assert.Equal(before, builder.Services.Count);
    }

    [Fact]
    public void In_Development_it_registers_nothing_unless_enabled()
    {
        var builder = Host(Environments.Development, enabled: false);
        var before = builder.Services.Count;

        new SandboxHostingStartup().Configure(builder.WebHost);

        Assert.Equal(before, builder.Services.Count);
    }

    [Fact]
    public void In_Development_when_enabled_it_registers_its_database_its_migration_and_its_delivery_once_however_often_it_runs()
    {
        var builder = Host(Environments.Development, enabled: true);

        new SandboxHostingStartup().Configure(builder.WebHost);
        new SandboxHostingStartup().Configure(builder.WebHost);

        Assert.Equal(1, Registrations<SandboxDbContext>(builder));
        Assert.Equal(1, Registrations<SandboxDatabaseMigration>(builder));
        Assert.Equal(1, Registrations<NotificationDelivery>(builder));
        using var app = builder.Build();
        var parts = app.Services.GetRequiredService<ApplicationPartManager>().ApplicationParts;
        Assert.Single(parts, part => part.Name == "Shop.AlipaySandbox" && part is AssemblyPart);
    }
}
