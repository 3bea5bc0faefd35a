using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Instances;

/// <summary>
/// One of two shop instances on one PostgreSQL database: the first has its database and files of
/// its own, the second (given the first) shares them. Both call one Alipay, the first instance's
/// sandbox, through <see cref="GatewayCalls"/>; the timeouts job runs only when a test says so.
/// </summary>
public sealed class PostgresInstanceFactory(GatewayCalls gateway, string instanceName, PostgresInstanceFactory? first = null)
    : ShopWebApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Shop:InstanceName", instanceName);
        builder.UseSetting("Checkout:TimeoutCheckSeconds", "3600");
        if (first is not null)
        {
            builder.UseSetting("Database:Provider", first.Database.Provider.ToString());
            builder.UseSetting("ConnectionStrings:Shop", first.Database.ConnectionString);
            builder.UseSetting("Storage:Root", Path.Combine(first.DataFolder, "files"));
        }
        builder.ConfigureTestServices(services =>
        {
            foreach (var client in new[] { AlipayGatewayClient.ReadingClient, AlipayGatewayClient.WritingClient })
            {
                services.AddHttpClient(client).ConfigurePrimaryHttpMessageHandler(() => gateway.Handler((first ?? this).Server.CreateHandler()));
            }
        });
    }
}
