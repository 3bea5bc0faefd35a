using Shop.Web.Features.Checkout;
using Shop.Web.Features.Donations;
using Shop.Web.Features.Payments;

namespace Shop.Web.Configuration;

/// <summary>Checkout, donations and the processing of what Alipay reports back.</summary>
public static class CheckoutConfiguration
{
    public static IServiceCollection AddCheckoutAndPayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CheckoutOptions>(configuration.GetSection(CheckoutOptions.Section));
        services.Configure<DonationOptions>(configuration.GetSection(DonationOptions.Section));
        services.AddScoped<CheckoutService>();
        services.AddScoped<DonationService>();
        services.AddSingleton<DonationSummaryCache>();
        services.AddScoped<AlipayPaymentRequests>();
        services.AddScoped<AlipayNotificationProcessor>();
        services.AddScoped<AlipayNotifyEndpoint>();
        services.AddSingleton<NotificationConcurrency>();
        services.AddScoped<RejectedNotificationLog>();
        services.AddScoped<NotificationHousekeeping>();
        services.AddHostedService<NotificationHousekeepingService>();
        return services;
    }

    /// <summary>Alipay's notify_url, short-circuited at routing (<see cref="AlipayNotifyEndpoint"/>).</summary>
    public static WebApplication MapAlipayNotify(this WebApplication app)
    {
        AlipayNotifyEndpoint.Map(app);
        return app;
    }
}
