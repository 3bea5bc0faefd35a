using Shop.Web.Areas.Admin.Features.Dashboard;
using Shop.Web.Areas.Admin.Features.Donations;
using Shop.Web.Areas.Admin.Features.Orders;

namespace Shop.Web.Configuration;

/// <summary>The admin's dashboard, orders (search, export, shipping, reconciling, notes) and donations.</summary>
public static class OrderAdminConfiguration
{
    public static IServiceCollection AddOrderAdmin(this IServiceCollection services)
    {
        services.AddScoped<DashboardService>();
        services.AddScoped<AdminOrderSearch>();
        services.AddScoped<AdminOrderDetails>();
        services.AddScoped<OrderShipping>();
        services.AddScoped<OrderReconciliation>();
        services.AddScoped<OrderNotes>();
        services.AddScoped<OrderMessages>();
        services.AddScoped<DonationAdminService>();
        return services;
    }
}
