using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Shop.Web.Data;
using Shop.Web.Data.Search;
using Shop.Web.Data.Seed;
using Shop.Web.Features.Catalog;
using Shop.Web.Features.Instances;

namespace Shop.Web.Configuration;

public static class DataConfiguration
{
    // Contexts come from a pool: a page, a notification or a job gets one without building its services again (README: Performance).
    public static IServiceCollection AddShopData(
        this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        // The search index follows every save of products and categories (README: Search).
        services.AddSingleton<ProductSearchIndexer>();
        services.AddSingleton<CatalogVocabulary>();
        services.AddSingleton<SearchIndexInterceptor>();
        if (ProviderOf(configuration) == DatabaseProvider.Postgres)
        {
            var connectionString = configuration.GetConnectionString("Shop")
                ?? throw new InvalidOperationException("Database:Provider is Postgres: set ConnectionStrings:Shop to an Npgsql connection string.");
            services.AddSingleton<IProductSearchIndex, PostgresProductSearchIndex>();
            services.AddDbContextPool<ShopDbContext, PostgresShopDbContext>((provider, options) => PostgresShopDbContext
                .UseProvider(options, connectionString)
                .AddInterceptors(provider.GetRequiredService<SearchIndexInterceptor>(), provider.GetRequiredService<CatalogChangeInterceptor>()));
        }
        else
        {
            var connectionString = SqliteConnectionStrings.Resolve(
                configuration.GetConnectionString("Shop") ?? "Data Source=App_Data/shop.db",
                environment.ContentRootPath);
            services.AddSingleton<IProductSearchIndex, SqliteProductSearchIndex>();
            services.AddSingleton<SqlitePragmas>();
            services.AddDbContextPool<ShopDbContext>((provider, options) => options
                .UseSqlite(connectionString)
                .AddInterceptors(
                    provider.GetRequiredService<SqlitePragmas>(),
                    provider.GetRequiredService<SearchIndexInterceptor>(),
                    provider.GetRequiredService<CatalogChangeInterceptor>()));
        }
        services.AddScoped<DevelopmentSeed>();
        services.AddSingleton<FileStorage>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary><c>Database:Provider</c>: <c>Sqlite</c> when not set; anything else it does not know stops the start.</summary>
    public static DatabaseProvider ProviderOf(IConfiguration configuration) =>
        configuration["Database:Provider"] switch
        {
            null or "" => DatabaseProvider.Sqlite,
            var name when Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider) && Enum.IsDefined(provider) => provider,
            var name => throw new InvalidOperationException($"Database:Provider is '{name}': use Sqlite (the default) or Postgres."),
        };

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ShopDbContext>();
        var options = app.Configuration.GetSection("Database");

        if (options.GetValue<bool>("MigrateAtStartup"))
        {
            // The migrations' lock lives in the database, so the database must exist before it is taken.
            await CreateDatabaseIfMissingAsync(db);
            await using (await services.GetRequiredService<ShopLocks>().AcquireMigrationsAsync(CancellationToken.None))
            {
                await db.Database.MigrateAsync();
            }
            // A database that had products before the search index existed gets its index now.
            await services.GetRequiredService<ProductSearchIndexer>().BuildIfEmptyAsync(db);
        }
        if (options.GetValue<bool>("Seed"))
        {
            await services.GetRequiredService<DevelopmentSeed>().RunAsync();
        }
    }

    private static async Task CreateDatabaseIfMissingAsync(ShopDbContext db)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync())
        {
            return;
        }
        try
        {
            await creator.CreateAsync();
        }
        catch (DbException)
        {
            // Another instance starting at the same moment created it first.
            if (!await creator.ExistsAsync())
            {
                throw;
            }
        }
    }
}
