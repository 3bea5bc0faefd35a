using Shop.Web.Ordering;

namespace Shop.Web.Configuration;

/// <summary>Order pages that update by themselves: Razor components over a SignalR circuit.</summary>
public static class LiveOrderConfiguration
{
    public static IServiceCollection AddLiveOrderPages(this IServiceCollection services)
    {
        services.AddServerSideBlazor();
        services.AddSingleton<OrderEvents>();
        services.AddSingleton<OrderStatusQuery>();
        return services;
    }

    public static WebApplication MapLiveOrderPages(this WebApplication app)
    {
        app.MapBlazorHub();
        return app;
    }
}
