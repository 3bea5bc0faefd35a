using System.Net;

namespace Shop.Tests.Web.Account;

public class ManageTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private const string ManagePage = "/Identity/Account/Manage";

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_login_and_back()
    {
        var browser = factory.CreateBrowser();

        var response = await browser.GetAsync(ManagePage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Identity/Account/Login?ReturnUrl=%2FIdentity%2FAccount%2FManage", response.RedirectPath());
    }

    [Fact]
    public async Task The_account_page_shows_the_email_and_links_to_my_orders()
    {
        var (browser, email) = await factory.CreateSignedInBrowserAsync();

        var html = await browser.GetStringAsync(ManagePage);

        Assert.Contains($"data-account-email>{email}<", html);
        Assert.Contains("href=\"/orders\"", html);
    }

    [Fact]
    public async Task Changing_the_password_keeps_the_session_and_the_new_password_signs_in()
    {
        var (browser, email) = await factory.CreateSignedInBrowserAsync();

        var response = await browser.SubmitFormAsync(ManagePage, new()
        {
            ["Input.CurrentPassword"] = ShopWebApplicationFactory.Password,
            ["Input.NewPassword"] = "Changed2026pass",
            ["Input.ConfirmNewPassword"] = "Changed2026pass",
        });

        Assert.Equal(ManagePage, response.RedirectPath());
        Assert.Contains("密码已修改。", await browser.GetStringAsync(ManagePage));
        var otherBrowser = factory.CreateBrowser();
        var signIn = await otherBrowser.SubmitFormAsync("/Identity/Account/Login", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "Changed2026pass",
        });
        Assert.Equal("/", signIn.RedirectPath());
    }

    [Fact]
    public async Task A_wrong_current_password_is_refused_with_a_message()
    {
        var (browser, _) = await factory.CreateSignedInBrowserAsync();

        var response = await browser.SubmitFormAsync(ManagePage, new()
        {
            ["Input.CurrentPassword"] = "NotMine2026",
            ["Input.NewPassword"] = "Changed2026pass",
            ["Input.ConfirmNewPassword"] = "Changed2026pass",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("当前密码不正确。", await response.Content.ReadAsStringAsync());
    }
}
