using Microsoft.EntityFrameworkCore;
using Shop.Web.AlipaySandbox;
using Shop.Web.Data;

namespace Shop.Web.Configuration;

public static class AlipaySandboxConfiguration
{
    /// <summary>
    /// The local Alipay gateway (README: Alipay sandbox), only when <c>Alipay:Sandbox:Enabled</c>
    /// is true and the environment is not Production. Otherwise none of it is registered.
    /// </summary>
    public static IServiceCollection AddAlipaySandbox(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (!SandboxOptions.IsOn(configuration, environment))
        {
            services.AddMvcCore().ConfigureApplicationPartManager(parts => parts.FeatureProviders.Add(new SandboxControllersExcluded()));
            return services;
        }

        var section = configuration.GetSection(SandboxOptions.Section);
        services.Configure<SandboxOptions>(section);
        var connectionString = SqliteConnectionStrings.Resolve(
            section.GetValue<string>(nameof(SandboxOptions.ConnectionString)) ?? new SandboxOptions().ConnectionString,
            environment.ContentRootPath);
        services.AddDbContext<SandboxDbContext>(options => options.UseSqlite(connectionString));

        services.AddSingleton<SandboxMerchants>();
        services.AddSingleton<NotifySchedule>();
        services.AddScoped<GatewayRequestCheck>();
        services.AddScoped<NotificationQueue>();
        services.AddScoped<ReturnRedirect>();
        services.AddScoped<SandboxCashier>();
        services.AddScoped<PlatformServices>();
        services.AddScoped<NotifyVerification>();
        services.AddScoped<SandboxConsole>();
        services.AddScoped<TradeExpiry>();
        services.AddScoped<NotificationSender>();

        // Like Alipay: no cookies, no following redirects, a bounded wait for each notify POST.
        var timeout = TimeSpan.FromSeconds(section.GetValue(nameof(SandboxOptions.NotifyTimeoutSeconds), 15));
        services.AddHttpClient(NotificationSender.HttpClientName, client => client.Timeout = timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.AddHostedService<NotificationDelivery>();
        return services;
    }

    /// <summary>Migrates the sandbox's database when the sandbox is on.</summary>
    public static async Task PrepareAlipaySandboxAsync(this WebApplication app)
    {
        if (!SandboxOptions.IsOn(app.Configuration, app.Environment))
        {
            return;
        }

        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SandboxDbContext>().Database.MigrateAsync();
    }
}
