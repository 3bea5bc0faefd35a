using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Shop.Web.Data;

namespace Shop.Tests.Web;

/// <summary>/health: the status code load balancers read, which instance answered, and its database.</summary>
public class HealthTests(HealthTests.NamedShopFactory factory) : IClassFixture<HealthTests.NamedShopFactory>
{
    public class NamedShopFactory : ShopWebApplicationFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Shop:InstanceName", "shop-health-a");
        }
    }

    /// <summary>
    /// A shop whose database cannot be reached: on SQLite a file that does not exist, opened read-only;
    /// on PostgreSQL a port where no server listens.
    /// </summary>
    public sealed class NoDatabaseFactory : ShopWebApplicationFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Shop", Database.Provider == DatabaseProvider.Postgres
                ? $"Host=127.0.0.1;Port={FreePort.Next()};Database=shop;Username=postgres;Timeout=3"
                : $"Data Source={Path.Combine(DataFolder, "missing.db")};Mode=ReadOnly");
            builder.UseSetting("Database:MigrateAtStartup", "false");
            builder.UseSetting("Database:Seed", "false");
        }
    }

    [Fact]
    public async Task Health_answers_200_with_the_instance_name_and_a_reachable_database()
    {
        var response = await factory.CreateBrowser().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("shop-health-a", body.RootElement.GetProperty("instance").GetString());
        var database = body.RootElement.GetProperty("database");
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
        Assert.Equal(factory.Database.Provider.ToString(), database.GetProperty("provider").GetString());
    }

    [Fact]
    public async Task Health_answers_503_and_says_the_database_is_unreachable_when_it_cannot_be_opened()
    {
        using var broken = new NoDatabaseFactory();

        var response = await broken.CreateBrowser().GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
        var database = body.RootElement.GetProperty("database");
        Assert.Equal("Unhealthy", database.GetProperty("status").GetString());
        Assert.Equal(broken.Database.Provider.ToString(), database.GetProperty("provider").GetString());
        Assert.StartsWith(Environment.MachineName + "-", body.RootElement.GetProperty("instance").GetString());
    }
}
