using System.Net;
using System.Text.RegularExpressions;

namespace Shop.Tests.Web.Account;

/// <summary>The sign-in form's answer is the same for an unknown email, a wrong password and a locked account.</summary>
public partial class SignInEnumerationTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private const string LoginPage = "/Identity/Account/Login";

    private async Task<(HttpStatusCode Status, string Error)> SignInAsync(string email, string password)
    {
        var response = await factory.CreateBrowser().SubmitFormAsync(LoginPage, new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, LoginError().Match(html).Groups[1].Value.Trim());
    }

    [GeneratedRegex(@"data-login-error[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex LoginError();

    [Fact]
    public async Task An_unknown_email_a_wrong_password_and_a_locked_account_are_answered_alike()
    {
        var email = ShopWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(email);

        var unknown = await SignInAsync(ShopWebApplicationFactory.NewEmail(), "Wrong2026pass");
        var wrongPassword = await SignInAsync(email, "Wrong2026pass");
        for (var attempt = 2; attempt <= 5; attempt++)
        {
            await SignInAsync(email, "Wrong2026pass");
        }
        var lockedWithRightPassword = await SignInAsync(email, ShopWebApplicationFactory.Password);
        var lockedWithWrongPassword = await SignInAsync(email, "Wrong2026pass");

        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Contains("邮箱或密码不正确。", unknown.Error);
        Assert.Equal(unknown, wrongPassword);
        Assert.Equal(unknown, lockedWithRightPassword);
        Assert.Equal(unknown, lockedWithWrongPassword);
    }

    [Fact]
    public async Task Five_wrong_passwords_on_an_unknown_email_are_answered_as_on_a_real_account()
    {
        var unknownEmail = ShopWebApplicationFactory.NewEmail();
        var answers = new List<(HttpStatusCode, string)>();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            answers.Add(await SignInAsync(unknownEmail, "Wrong2026pass"));
        }

        var email = ShopWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(email);
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            answers.Add(await SignInAsync(email, "Wrong2026pass"));
        }

        Assert.Single(answers.Distinct());
    }
}
