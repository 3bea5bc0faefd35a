using System.Net;

namespace Shop.Tests.Web.Account;

public class AccessDeniedTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    [Fact]
    public async Task The_access_denied_page_answers_403_with_a_friendly_page()
    {
        var (browser, _) = await factory.CreateSignedInBrowserAsync();

        var response = await browser.GetAsync("/Identity/Account/AccessDenied?ReturnUrl=%2Fadmin");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-page=\"access-denied\"", html);
        Assert.Contains("无权访问", html);
    }
}
