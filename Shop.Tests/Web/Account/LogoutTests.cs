using System.Net;

namespace Shop.Tests.Web.Account;

public class LogoutTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private const string LogoutPage = "/Identity/Account/Logout";

    [Fact]
    public async Task A_GET_only_asks_and_keeps_the_user_signed_in()
    {
        var (browser, _) = await factory.CreateSignedInBrowserAsync();

        var response = await browser.GetAsync(LogoutPage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-page=\"logout\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Identity/Account/Manage")).StatusCode);
    }

    [Fact]
    public async Task A_POST_without_the_antiforgery_token_is_refused_and_keeps_the_user_signed_in()
    {
        var (browser, _) = await factory.CreateSignedInBrowserAsync();

        var response = await browser.PostAsync(LogoutPage, new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Identity/Account/Manage")).StatusCode);
    }

    [Fact]
    public async Task A_POST_with_the_token_signs_out_and_returns_to_the_local_returnUrl()
    {
        var (browser, email) = await factory.CreateSignedInBrowserAsync();

        var response = await browser.SubmitFormAsync(LogoutPage, new() { ["ReturnUrl"] = "/catalog" });

        Assert.Equal("/catalog", response.RedirectPath());
        Assert.DoesNotContain(email, await browser.GetStringAsync("/"));
        Assert.StartsWith("/Identity/Account/Login", (await browser.GetAsync("/Identity/Account/Manage")).RedirectPath());
    }

    [Fact]
    public async Task A_POST_with_a_returnUrl_to_another_site_ends_at_home()
    {
        var (browser, _) = await factory.CreateSignedInBrowserAsync();

        var response = await browser.SubmitFormAsync(LogoutPage, new() { ["ReturnUrl"] = "https://evil.example" });

        Assert.Equal("/", response.RedirectPath());
    }
}
