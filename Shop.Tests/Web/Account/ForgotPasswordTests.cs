using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Shop.Web.Features.Mail;

namespace Shop.Tests.Web.Account;

/// <summary>Forgot password and reset password through the mail, answered alike for every address.</summary>
public class ForgotPasswordTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private const string ForgotPage = "/Identity/Account/ForgotPassword";
    public const string ResetPage = "/Identity/Account/ResetPassword";

    /// <summary>The reset page's form as the link fills it (its code in a hidden field), with a new password.</summary>
    public static Dictionary<string, string> ResetForm(string link, string email, string password) => new()
    {
        ["Input.Code"] = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), link).Query)["code"].ToString(),
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    private Task<HttpResponseMessage> AskAsync(string email) => AskAsync(factory, email);

    public static async Task<HttpResponseMessage> AskAsync(ShopWebApplicationFactory factory, string email) =>
        await factory.CreateBrowser().SubmitFormAsync(ForgotPage, new() { ["Input.Email"] = email });

    [Fact]
    public async Task An_address_with_an_account_and_one_without_get_the_same_answer_and_only_the_account_gets_a_mail()
    {
        var known = ShopWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(known);
        var unknown = ShopWebApplicationFactory.NewEmail();

        var forKnown = await AskAsync(known);
        var forUnknown = await AskAsync(unknown);

        Assert.Equal(HttpStatusCode.Redirect, forKnown.StatusCode);
        Assert.Equal(forKnown.StatusCode, forUnknown.StatusCode);
        Assert.Equal("/Identity/Account/ForgotPasswordConfirmation", forKnown.RedirectPath());
        Assert.Equal(forKnown.RedirectPath(), forUnknown.RedirectPath());
        Assert.Contains("如果该地址有账户", await factory.CreateBrowser().GetStringAsync(forKnown.RedirectPath()));
        Assert.Single(await AccountMessages.ToAsync(factory, known, MailKind.PasswordReset));
        Assert.Empty(await AccountMessages.ToAsync(factory, unknown, MailKind.PasswordReset));
    }

    [Fact]
    public async Task The_mailed_link_sets_a_new_password_once_and_confirms_the_address()
    {
        var email = ShopWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(email);
        await AskAsync(email);
        var link = await AccountMessages.LinkAsync(factory, email, MailKind.PasswordReset, ResetPage);
        var browser = factory.CreateBrowser();

        var reset = await browser.SubmitFormAsync(link, ResetForm(link, email, "Fresh2026pass"));

        Assert.Equal("/Identity/Account/ResetPasswordConfirmation", reset.RedirectPath());
        await ShopWebApplicationFactory.SignInAsync(factory.CreateBrowser(), email, "Fresh2026pass");
        var oldPassword = await factory.CreateBrowser().SubmitFormAsync("/Identity/Account/Login", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = ShopWebApplicationFactory.Password,
        });
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        Assert.True(await factory.QueryAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).EmailConfirmed)));

        var again = await browser.SubmitFormAsync(link, ResetForm(link, email, "Another2026pass"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("此链接已过期或已被使用", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_reset_for_an_address_without_an_account_is_answered_like_an_old_link()
    {
        var email = ShopWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(email);
        await AskAsync(email);
        var link = await AccountMessages.LinkAsync(factory, email, MailKind.PasswordReset, ResetPage);

        var reset = await factory.CreateBrowser().SubmitFormAsync(link, ResetForm(link, ShopWebApplicationFactory.NewEmail(), "Fresh2026pass"));

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("此链接已过期或已被使用", await reset.Content.ReadAsStringAsync());
    }
}

/// <summary>A shop whose reset links last no time at all (<c>Identity:ResetLinkMinutes</c> 0).</summary>
public class InstantlyExpiringResetLinkShopFactory : ShopWebApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:ResetLinkMinutes", "0");
    }
}

public class ExpiredResetLinkTests(InstantlyExpiringResetLinkShopFactory factory) : IClassFixture<InstantlyExpiringResetLinkShopFactory>
{
    [Fact]
    public async Task A_link_older_than_Identity_ResetLinkMinutes_is_refused_and_the_password_stays()
    {
        var email = ShopWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(email);
        await ForgotPasswordTests.AskAsync(factory, email);
        var link = await AccountMessages.LinkAsync(factory, email, MailKind.PasswordReset, ForgotPasswordTests.ResetPage);
        var message = (await AccountMessages.ToAsync(factory, email, MailKind.PasswordReset)).Single();

        var reset = await factory.CreateBrowser().SubmitFormAsync(link, ForgotPasswordTests.ResetForm(link, email, "Fresh2026pass"));

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("此链接已过期或已被使用", await reset.Content.ReadAsStringAsync());
        Assert.Contains("0 分钟", message.TextBody);
        await ShopWebApplicationFactory.SignInAsync(factory.CreateBrowser(), email);
    }
}
