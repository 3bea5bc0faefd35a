using System.Net;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Features.Mail;

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

    private Task<List<MailKind>> QueuedKindsAsync(string email) =>
        factory.QueryAsync(db => db.OutboxMessages.Where(m => m.Recipient == email).Select(m => m.Kind).ToListAsync());

    [Fact]
    public async Task Registering_says_check_your_mail_queues_a_confirmation_and_the_buyer_can_sign_in_at_once()
    {
        var browser = factory.CreateBrowser();
        var email = ShopWebApplicationFactory.NewEmail();

        var response = await browser.SubmitFormAsync(RegisterPage, Form(email));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-register-sent", html);
        Assert.Contains("请查收邮件", html);
        Assert.Equal([MailKind.EmailConfirmation], await QueuedKindsAsync(email));
        // Identity:RequireConfirmedEmail is off by default: the password works before the link is followed.
        await ShopWebApplicationFactory.SignInAsync(browser, email);
        Assert.Contains(email, await browser.GetStringAsync("/"));
    }

    [Fact]
    public async Task Registering_from_checkout_offers_sign_in_back_to_checkout()
    {
        var browser = factory.CreateBrowser();
        var form = Form(ShopWebApplicationFactory.NewEmail());
        form["ReturnUrl"] = "/checkout";

        var response = await browser.SubmitFormAsync(RegisterPage + "?returnUrl=%2Fcheckout", form);

        Assert.Contains("href=\"/Identity/Account/Login?returnUrl=%2Fcheckout\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Registering_a_taken_email_answers_as_for_a_new_one_creates_nothing_and_mails_the_owner()
    {
        var email = ShopWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(email);
        var browser = factory.CreateBrowser();

        var response = await browser.SubmitFormAsync(RegisterPage, Form(email, "Other2026pass"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-register-sent", html);
        Assert.DoesNotContain("已被注册", html);
        Assert.Equal(1, await factory.QueryAsync(db => db.Users.CountAsync(u => u.Email == email)));
        Assert.Equal([MailKind.RegistrationAttempt], await QueuedKindsAsync(email));
        // The owner's password still works, the one typed by the stranger does not.
        await ShopWebApplicationFactory.SignInAsync(factory.CreateBrowser(), email);
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
