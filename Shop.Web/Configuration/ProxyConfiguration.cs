using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Shop.Web.Configuration;

/// <summary>
/// The shop behind a TLS proxy: whose X-Forwarded-For and X-Forwarded-Proto are believed, every
/// cookie Secure when the request is HTTPS, and HTTPS redirection with HSTS outside Development
/// (README: Headers, cookies and proxies).
/// </summary>
public static class ProxyConfiguration
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddShopProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = ListOf(configuration.GetSection(Section + ":KnownProxies"));
        var networks = ListOf(configuration.GetSection(Section + ":KnownNetworks"));
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Count + networks.Count == 0)
            {
                return; // the framework's default: a proxy on this machine (loopback) only
            }
            // The operator names every proxy to trust; one on this machine too, if there is one.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{Section}:KnownProxies: '{proxy}' is not an IP address, such as 10.0.0.5."));
            }
            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"{Section}:KnownNetworks: '{network}' is not a network in CIDR notation, such as 10.0.0.0/8."));
            }
        });

        // Every cookie (sign-in, anti-forgery, TempData, cart, language) is Secure on an HTTPS
        // request, HTTPS as the trusted proxy says it.
        services.Configure<CookiePolicyOptions>(options => options.Secure = CookieSecurePolicy.SameAsRequest);
        services.AddAntiforgery(options =>
        {
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // The security headers put X-Frame-Options: DENY on every response, not only on the
            // ones that happen to issue an anti-forgery token.
            options.SuppressXFrameOptionsHeader = true;
        });
        services.AddHttpsRedirection(options => options.HttpsPort = configuration.GetValue<int?>("https_port") ?? 443);
        return services;
    }

    /// <summary>First in the pipeline: everything after it sees the client's address and scheme.</summary>
    public static WebApplication UseShopProxies(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            // Not for requests from this machine: a load test on 127.0.0.1 or a local health
            // probe speaks plain HTTP.
            app.UseWhen(context => !FromThisMachine(context), https => https.UseHttpsRedirection());
        }
        app.UseCookiePolicy();
        return app;
    }

    private static bool FromThisMachine(HttpContext context) =>
        context.Connection.RemoteIpAddress is not { } address || IPAddress.IsLoopback(address);

    /// <summary>A list in configuration: as items (KnownProxies:0, KnownProxies__0) or one comma-separated value.</summary>
    private static List<string> ListOf(IConfigurationSection section)
    {
        var items = section.GetChildren().Select(c => c.Value ?? "").ToList();
        IEnumerable<string> values = items.Count > 0 ? items : (section.Value ?? "").Split(',');
        return values.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
    }
}
