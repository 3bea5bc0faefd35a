using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Shop.Tests.Web.Data;

/// <summary>
/// Two instances deployed together start at the same moment on one empty database, both with
/// <c>Database:MigrateAtStartup</c>: both start, and the schema is created once (EF Core's
/// migration lock: a lock table on SQLite, a table lock on PostgreSQL), on the run's provider.
/// </summary>
public class ConcurrentMigrationTests
{
    /// <summary>An instance on the data of <paramref name="folder"/>, migrating at start but not seeding (the seed is Development's, for one instance).</summary>
    private sealed class UnseededShopFactory(string folder, bool deletesData) : ShopWebApplicationFactory(folder)
    {
        protected override bool DeletesDataOnDispose => deletesData;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:Seed", "false");
        }
    }

    [Fact]
    public async Task Two_instances_migrating_one_empty_database_at_once_both_start_and_the_schema_is_made_once()
    {
        var folder = Directory.CreateTempSubdirectory("shop-tests-").FullName;
        // The second shares the first's folder, so its database (and the sandbox's file); the first,
        // disposed last, deletes them once neither runs.
        using var first = new UnseededShopFactory(folder, deletesData: true);
        using var second = new UnseededShopFactory(folder, deletesData: false);

        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        foreach (var instance in new[] { first, second })
        {
            var health = await instance.CreateBrowser().GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
        var (all, applied) = await first.QueryAsync(async db => (db.Database.GetMigrations().ToList(), (await db.Database.GetAppliedMigrationsAsync()).ToList()));
        Assert.Equal(all, applied);
    }
}
