using MailKit.Security;
using Shop.Web.Features.Mail;

namespace Shop.Web.Configuration;

/// <summary>The outbox, the messages the shop writes, and the background sender (SMTP through MailKit).</summary>
public static class MailConfiguration
{
    /// <summary>The loopback port of the development mailbox when <c>Alipay:Sandbox:MailboxPort</c> does not say.</summary>
    public const int DevelopmentMailboxPort = 2525;

    public static IServiceCollection AddShopMail(
        this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        if (environment.IsDevelopment())
        {
            // No Mail:Host in Development: the sandbox's mailbox, which listens on loopback like a mail server.
            services.PostConfigure<MailOptions>(options =>
            {
                if (!options.IsConfigured)
                {
                    options.Host = "127.0.0.1";
                    options.Port = configuration.GetValue("Alipay:Sandbox:MailboxPort", DevelopmentMailboxPort);
                    options.Security = SecureSocketOptions.None;
                }
            });
        }
        services.AddScoped<Outbox>();
        services.AddScoped<MailWriter>();
        services.AddScoped<MailLinks>();
        services.AddScoped<OrderMail>();
        services.AddScoped<AccountMail>();
        services.AddScoped<OutboxDelivery>();
        services.AddHostedService<OutboxSender>();
        return services;
    }
}
