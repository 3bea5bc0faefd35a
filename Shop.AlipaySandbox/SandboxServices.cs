using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Shop.AlipaySandbox;

public static class SandboxServices
{
    /// <summary>
    /// Everything the sandbox needs in the host: its options, its database, its pages (an
    /// application part: its controllers' attribute routes are its routes), the migration of its
    /// database at start, the background delivery of notifications, and the development mailbox.
    /// </summary>
    public static IServiceCollection AddAlipaySandbox(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Activated twice (by the host and by the ASPNETCORE_HOSTINGSTARTUPASSEMBLIES setting), it
        // is still composed once: a second application part would make every route ambiguous.
        if (services.Any(service => service.ServiceType == typeof(SandboxMerchants)))
        {
            return services;
        }

        var section = configuration.GetSection(SandboxOptions.Section);
        services.Configure<SandboxOptions>(section);
        services.Configure<ShopMerchantOptions>(configuration.GetSection(ShopMerchantOptions.Section));
        var connectionString = ResolveSqlite(
            section.GetValue<string>(nameof(SandboxOptions.ConnectionString)) ?? new SandboxOptions().ConnectionString,
            environment.ContentRootPath);
        services.AddDbContext<SandboxDbContext>(options => options.UseSqlite(connectionString));

        services.AddLocalization();
        services.AddControllersWithViews().AddApplicationPart(typeof(SandboxServices).Assembly);
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<SandboxMerchants>();
        services.AddSingleton<NotifySchedule>();
        services.AddScoped<GatewayRequestCheck>();
        services.AddScoped<NotificationQueue>();
        services.AddScoped<ReturnRedirect>();
        services.AddScoped<SandboxCashier>();
        services.AddScoped<SandboxRefunds>();
        services.AddScoped<PlatformServices>();
        services.AddScoped<NotifyVerification>();
        services.AddScoped<SandboxConsole>();
        services.AddScoped<TradeExpiry>();
        services.AddScoped<NotificationSender>();
        services.AddScoped<Mailbox>();
        services.AddSingleton<MailboxStore>();

        // Like Alipay: no cookies, no following redirects, a bounded wait for each notify POST.
        var timeout = TimeSpan.FromSeconds(section.GetValue(nameof(SandboxOptions.NotifyTimeoutSeconds), 15));
        services.AddHttpClient(NotificationSender.HttpClientName, client => client.Timeout = timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

        // In this order: the database is migrated before the delivery reads it.
        services.AddHostedService<SandboxDatabaseMigration>();
        services.AddHostedService<NotificationDelivery>();
        services.AddHostedService<MailboxListener>();
        return services;
    }

    /// <summary>
    /// A relative SQLite path is taken from the content root, not from whatever directory the
    /// app was started in, so the database is always the same file; its folder is created.
    /// </summary>
    private static string ResolveSqlite(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }
}
