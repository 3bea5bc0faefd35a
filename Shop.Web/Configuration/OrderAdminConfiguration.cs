using Shop.Web.Areas.Admin.Features.Dashboard;
using Shop.Web.Areas.Admin.Features.Donations;
using Shop.Web.Areas.Admin.Features.Orders;
using Shop.Web.Areas.Admin.Features.RejectedNotifications;

namespace Shop.Web.Configuration;

/// <summary>The admin's dashboard, orders (search, export, shipping, reconciling, releasing, notes), donations and rejected payment requests.</summary>
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
        services.AddScoped<OrderRelease>();
        services.AddScoped<OrderRefunds>();
        services.AddScoped<OrderMessages>();
        services.AddScoped<DonationAdminService>();
        services.AddScoped<RejectedNotificationSearch>();
        return services;
    }
}
