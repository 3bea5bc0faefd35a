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
        return services;
    }
}
