using System.Net;
using System.Text.RegularExpressions;

namespace Shop.Tests.Web.Account;

public class RegisterTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private const string RegisterPage = "/Identity/Account/Register";

    private static Dictionary<string, string> Form(string email, string password = ShopWebApplicationFactory.Password) => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    [Fact]
    public async Task Registering_signs_the_buyer_in_and_the_layout_shows_their_email_and_sign_out()
    {
        var browser = factory.CreateBrowser();
        var email = ShopWebApplicationFactory.NewEmail();

        var response = await browser.SubmitFormAsync(RegisterPage, Form(email));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.RedirectPath());
        var home = await browser.GetStringAsync("/");
        Assert.Contains(email, home);
        Assert.Contains("action=\"/Identity/Account/Logout", home);
        Assert.Contains("退出登录", home);
    }

    [Fact]
    public async Task Registering_from_checkout_brings_the_buyer_back_to_checkout_signed_in()
    {
        var browser = factory.CreateBrowser();
        var form = Form(ShopWebApplicationFactory.NewEmail());
        form["ReturnUrl"] = "/checkout";

        var response = await browser.SubmitFormAsync(RegisterPage + "?returnUrl=%2Fcheckout", form);

        Assert.Equal("/checkout", response.RedirectPath());
        var account = await browser.GetAsync("/Identity/Account/Manage");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
    }

    [Fact]
    public async Task Registering_with_a_returnUrl_to_another_site_ends_at_home()
    {
        var browser = factory.CreateBrowser();
        var form = Form(ShopWebApplicationFactory.NewEmail());
        form["ReturnUrl"] = "https://evil.example/";

        var response = await browser.SubmitFormAsync(RegisterPage, form);

        Assert.Equal("/", response.RedirectPath());
    }

    [Fact]
    public async Task Registering_a_taken_email_shows_one_localized_error_and_creates_nothing()
    {
        var email = ShopWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(email);
        var browser = factory.CreateBrowser();

        var response = await browser.SubmitFormAsync(RegisterPage, Form(email));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(1, Regex.Count(html, Regex.Escape($"邮箱地址 {email} 已被注册。")));
        Assert.Contains("data-page=\"register\"", html);
    }

    [Theory]
    [InlineData("zh-CN", "密码必须包含至少一个数字（0-9）。", "密码必须包含至少一个大写字母（A-Z）。")]
    [InlineData("en", "Passwords must have at least one digit (0-9).", "Passwords must have at least one uppercase letter (A-Z).")]
    public async Task A_weak_password_is_refused_with_Identity_rules_in_the_page_language(
        string language, string missingDigit, string missingUpper)
    {
        var browser = factory.CreateBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var response = await browser.SubmitFormAsync(RegisterPage, Form(ShopWebApplicationFactory.NewEmail(), "onlylowercase"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(missingDigit, html);
        Assert.Contains(missingUpper, html);
    }

    [Fact]
    public async Task Passwords_that_do_not_match_are_refused_with_a_message()
    {
        var browser = factory.CreateBrowser();
        var form = Form(ShopWebApplicationFactory.NewEmail());
        form["Input.ConfirmPassword"] = "Something2026else";

        var response = await browser.SubmitFormAsync(RegisterPage, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("两次输入的密码不一致。", await response.Content.ReadAsStringAsync());
    }
}
