using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Shop.Tests.Web.Admin;

/// <summary>Browsers signed in as the seeded admin (Admin:Email / Admin:Password of appsettings.Development.json).</summary>
public static class AdminBrowsers
{
    /// <summary>A browser signed in through the login form as the admin, asking for pages in <paramref name="language"/>.</summary>
    public static async Task<HttpClient> CreateAdminBrowserAsync(this ShopWebApplicationFactory factory, string language = "en")
    {
        var browser = factory.CreateBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return await SignInAsAdminAsync(factory.Services, browser);
    }

    /// <summary>Signs the admin in through the login form, in the browser given, of the app whose services are given.</summary>
    public static async Task<HttpClient> SignInAsAdminAsync(IServiceProvider services, HttpClient browser)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var response = await browser.SubmitFormAsync("/Identity/Account/Login", new()
        {
            ["Input.Email"] = configuration["Admin:Email"]!,
            ["Input.Password"] = configuration["Admin:Password"]!,
        });
        if (response.RedirectPath() != "/")
        {
            throw new InvalidOperationException($"Signing in the admin failed: {response.StatusCode}.");
        }
        return browser;
    }
}
