using System.Net;

namespace Shop.Tests.Web;

public class CultureTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private const string LoginPage = "/Identity/Account/Login";

    [Fact]
    public async Task Pages_are_in_Chinese_by_default()
    {
        var html = await factory.CreateBrowser().GetStringAsync(LoginPage);

        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains(">登录</h1>", html);
    }

    [Fact]
    public async Task An_English_browser_gets_English_pages()
    {
        var browser = factory.CreateBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var html = await browser.GetStringAsync(LoginPage);

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains(">Sign in</h1>", html);
    }

    [Theory]
    [InlineData("c=en|uic=en")]
    [InlineData("c%3Den%7Cuic%3Den")]
    public async Task The_culture_cookie_gets_English_pages_even_from_a_Chinese_browser(string cookieValue)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, LoginPage);
        request.Headers.Add("Cookie", $".AspNetCore.Culture={cookieValue}");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");

        var response = await factory.CreateBrowser().SendAsync(request);

        Assert.Contains(">Sign in</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Posting_a_culture_sets_the_cookie_and_returns_to_the_page()
    {
        var browser = factory.CreateBrowser();

        var response = await browser.SubmitFormAsync(LoginPage, new()
        {
            ["culture"] = "en",
            ["returnUrl"] = LoginPage,
        }, action: "/culture");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(LoginPage, response.RedirectPath());
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den", StringComparison.Ordinal));
        Assert.Contains(">Sign in</h1>", await browser.GetStringAsync(LoginPage));
    }

    [Fact]
    public async Task Posting_a_culture_with_a_returnUrl_to_another_site_ends_at_home()
    {
        var response = await factory.CreateBrowser().SubmitFormAsync(LoginPage, new()
        {
            ["culture"] = "en",
            ["returnUrl"] = "https://evil.example",
        }, action: "/culture");

        Assert.Equal("/", response.RedirectPath());
    }
}
