using Shop.Web.Features.Orders;

namespace Shop.Web.Configuration;

public static class OrderingConfiguration
{
    public static IServiceCollection AddOrdering(this IServiceCollection services)
    {
        services.AddScoped<StockReservation>();
        services.AddScoped<UnpaidOrderLimits>();
        services.AddScoped<BuyerOrders>();
        services.AddScoped<VirtualGoodsDelivery>();
        services.AddScoped<OrderTimeouts>();
        services.AddHostedService<OrderTimeoutService>();

        // Order pages that update by themselves: a Razor component over a SignalR circuit.
        services.AddServerSideBlazor();
        services.AddSingleton<OrderEvents>();
        services.AddSingleton<OrderStatusQuery>();
        return services;
    }

    public static WebApplication MapOrdering(this WebApplication app)
    {
        app.MapBlazorHub();
        return app;
    }
}
