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
    public async Task Choosing_a_language_sets_the_cookie_and_returns_to_the_page()
    {
        var browser = factory.CreateBrowser();
        var menu = await browser.GetHtmlAsync(LoginPage);
        Assert.Equal("true", menu.QuerySelector("header a[data-culture='zh-CN']")!.GetAttribute("aria-current"));
        Assert.Null(menu.QuerySelector("header a[data-culture='en']")!.GetAttribute("aria-current"));
        var link = menu.QuerySelector("header a[data-culture='en']")!.GetAttribute("href")!;

        var response = await browser.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(LoginPage, response.RedirectPath());
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den", StringComparison.Ordinal));
        Assert.Contains(">Sign in</h1>", await browser.GetStringAsync(LoginPage));
    }

    [Fact]
    public async Task A_language_link_with_a_returnUrl_to_another_site_ends_at_home()
    {
        var response = await factory.CreateBrowser().GetAsync("/culture?culture=en&returnUrl=https%3A%2F%2Fevil.example");

        Assert.Equal("/", response.RedirectPath());
    }

    [Fact]
    public async Task An_unknown_language_sets_no_cookie_and_still_returns_to_the_page()
    {
        var response = await factory.CreateBrowser().GetAsync("/culture?culture=fr&returnUrl=%2Fcatalog");

        Assert.Equal("/catalog", response.RedirectPath());
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }
}
