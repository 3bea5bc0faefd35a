using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Shop.Tests.Web.Account;

public class LoginTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private const string LoginPage = "/Identity/Account/Login";

    private static Dictionary<string, string> Form(string email, string password) => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    };

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_the_right_one_is_refused_like_a_wrong_one()
    {
        var email = ShopWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(email);
        var browser = factory.CreateBrowser();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var refused = await browser.SubmitFormAsync(LoginPage, Form(email, "Wrong2026pass"));
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("邮箱或密码不正确。", await refused.Content.ReadAsStringAsync());
        }

        var rightPassword = await browser.SubmitFormAsync(LoginPage, Form(email, ShopWebApplicationFactory.Password));

        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains("邮箱或密码不正确。", await rightPassword.Content.ReadAsStringAsync());
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!));
        }
        var account = await browser.GetAsync("/Identity/Account/Manage");
        Assert.StartsWith(LoginPage, account.RedirectPath());
    }

    [Fact]
    public async Task The_right_password_signs_in_and_returns_to_a_local_returnUrl()
    {
        var email = ShopWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(email);
        var browser = factory.CreateBrowser();
        var form = Form(email, ShopWebApplicationFactory.Password);
        form["ReturnUrl"] = "/checkout";

        var response = await browser.SubmitFormAsync(LoginPage + "?returnUrl=%2Fcheckout", form);

        Assert.Equal("/checkout", response.RedirectPath());
        Assert.Contains(email, await browser.GetStringAsync("/"));
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example/login")]
    [InlineData("/\\evil.example")]
    public async Task A_returnUrl_to_another_site_ends_at_home(string returnUrl)
    {
        var email = ShopWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(email);
        var browser = factory.CreateBrowser();
        var form = Form(email, ShopWebApplicationFactory.Password);
        form["ReturnUrl"] = returnUrl;

        var response = await browser.SubmitFormAsync(LoginPage, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.RedirectPath());
    }

    [Fact]
    public async Task The_login_page_links_to_register_with_the_same_returnUrl()
    {
        var browser = factory.CreateBrowser();

        var html = await browser.GetStringAsync(LoginPage + "?returnUrl=%2Fcheckout");

        Assert.Contains("href=\"/Identity/Account/Register?returnUrl=%2Fcheckout\"", html);
    }

    [Fact]
    public async Task Missing_fields_are_refused_with_localized_messages()
    {
        var browser = factory.CreateBrowser();

        var response = await browser.SubmitFormAsync(LoginPage, Form("", ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请输入邮箱地址。", html);
        Assert.Contains("请输入密码。", html);
    }
}
