using Microsoft.AspNetCore.Hosting;

namespace Shop.Tests.Web.Security;

/// <summary>
/// The shop with its rate limits on, small enough to reach in a test: 3 sign-ins, 2 registrations,
/// 2 password resets, 5 donations and 3 checkouts per client address in ten minutes, and caps on
/// unpaid orders of 2 per account and 3 per address. Each test posts from addresses of its own.
/// </summary>
public sealed class RateLimitedShopFactory : ShopWebApplicationFactory
{
    public const int SignIns = 3;
    public const int Registrations = 2;
    public const int PasswordResets = 2;
    public const int Donations = 5;
    public const int Checkouts = 3;
    public const int UnpaidPerAccount = 2;
    public const int UnpaidPerAddress = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:Enabled", "true");
        Limit(builder, "SignIn", SignIns);
        Limit(builder, "Registration", Registrations);
        Limit(builder, "PasswordReset", PasswordResets);
        Limit(builder, "Donation", Donations);
        Limit(builder, "Checkout", Checkouts);
        builder.UseSetting("RateLimits:MaxUnpaidOrdersPerAccount", UnpaidPerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:MaxUnpaidOrdersPerAddress", UnpaidPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A browser (cookies kept, redirects shown) whose requests come from <paramref name="address"/>.</summary>
    public HttpClient CreateBrowserFrom(string address, string? language = null)
    {
        var browser = CreateBrowser();
        browser.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, address);
        if (language is not null)
        {
            browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }
        return browser;
    }

    private static void Limit(IWebHostBuilder builder, string name, int permits)
    {
        builder.UseSetting($"RateLimits:{name}:PermitLimit", permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting($"RateLimits:{name}:WindowSeconds", "600");
    }
}
