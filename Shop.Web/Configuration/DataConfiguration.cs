using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;
using Shop.Web.Data.Search;
using Shop.Web.Data.Seed;
using Shop.Web.Features.Catalog;

namespace Shop.Web.Configuration;

public static class DataConfiguration
{
    public static IServiceCollection AddShopData(
        this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var connectionString = SqliteConnectionStrings.Resolve(
            configuration.GetConnectionString("Shop") ?? "Data Source=App_Data/shop.db",
            environment.ContentRootPath);
        // The search index follows every save of products and categories (README: Search).
        services.AddSingleton<SqliteProductSearchIndex>();
        services.AddSingleton<ProductSearchIndexer>();
        services.AddSingleton<CatalogVocabulary>();
        services.AddSingleton<SearchIndexInterceptor>();
        services.AddSingleton<SqlitePragmas>();
        services.AddDbContext<ShopDbContext>((provider, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(
                provider.GetRequiredService<SqlitePragmas>(),
                provider.GetRequiredService<SearchIndexInterceptor>(),
                provider.GetRequiredService<CatalogChangeInterceptor>()));
        services.AddHealthChecks().AddDbContextCheck<ShopDbContext>();
        services.AddScoped<DevelopmentSeed>();
        services.AddSingleton<FileStorage>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ShopDbContext>();
        var options = app.Configuration.GetSection("Database");

        if (options.GetValue<bool>("MigrateAtStartup"))
        {
            await db.Database.MigrateAsync();
            // A database that had products before the search index existed gets its index now.
            await services.GetRequiredService<ProductSearchIndexer>().BuildIfEmptyAsync(db);
        }
        if (options.GetValue<bool>("Seed"))
        {
            await services.GetRequiredService<DevelopmentSeed>().RunAsync();
        }
    }
}
