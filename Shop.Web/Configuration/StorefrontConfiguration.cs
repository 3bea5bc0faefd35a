using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.Extensions.Options;
using Shop.Web.Features.Cart;
using Shop.Web.Features.Catalog;

namespace Shop.Web.Configuration;

public static class StorefrontConfiguration
{
    public static IServiceCollection AddStorefront(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ProductSearch>();
        services.AddScoped<ShoppingCart>();
        services.AddSingleton<CartCounts>();
        services.AddSingleton<CatalogCache>();
        services.AddSingleton<CatalogChangeInterceptor>();
        services.AddOutputCache(options =>
        {
            // A page is at most tens of KB (README: Performance); a few hundred MB would not fit the shop's memory.
            options.SizeLimit = 32 * 1024 * 1024;
            options.MaximumBodySize = 1024 * 1024;
            options.AddPolicy(CatalogPagePolicy.Name, new CatalogPagePolicy());
        });
        // The pages' bodies kept by the views' <cache> for pages that are rendered: bounded like the pages.
        services.Configure<CacheTagHelperOptions>(options => options.SizeLimit = 32 * 1024 * 1024);
        DecorateAntiforgery(services);
        return services;
    }

    /// <summary>After routing and authentication: the cache looks at the endpoint and at who is asking.</summary>
    public static WebApplication UseCatalogCache(this WebApplication app)
    {
        app.UseMiddleware<CachedPageVisitorParts>();
        app.UseOutputCache();
        return app;
    }

    /// <summary>ASP.NET Core's anti-forgery behind <see cref="CachedPageVisitorParts.Antiforgery"/> (after AddAntiforgery).</summary>
    private static void DecorateAntiforgery(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        var implementation = original.ImplementationType
            ?? throw new InvalidOperationException("IAntiforgery is expected to be registered by type (AddAntiforgery).");
        services.Remove(original);
        services.AddSingleton(implementation);
        services.AddSingleton<IAntiforgery>(provider => new CachedPageVisitorParts.Antiforgery(
            (IAntiforgery)provider.GetRequiredService(implementation), provider.GetRequiredService<IOptions<AntiforgeryOptions>>()));
    }
}
