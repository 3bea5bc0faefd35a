using System.Net;
using AngleSharp.Html.Parser;

namespace Shop.Tests.Web.Account;

/// <summary>Two-factor sign-in with an authenticator app and recovery codes.</summary>
public class TwoFactorTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private const string TwoFactorPage = "/Identity/Account/Manage/TwoFactorAuthentication";

    /// <summary>Turns two-factor sign-in on for a new account as its owner would; returns the key and the recovery codes shown.</summary>
    public static async Task<(string Email, string Key, List<string> RecoveryCodes)> TurnOnAsync(ShopWebApplicationFactory factory)
    {
        var (browser, email) = await factory.CreateSignedInBrowserAsync();
        var page = new HtmlParser().ParseDocument(await browser.GetStringAsync(TwoFactorPage));
        var key = page.QuerySelector("[data-shared-key]")!.TextContent.Trim();
        Assert.Contains($"secret={key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()}", page.QuerySelector("[data-authenticator-uri]")!.GetAttribute("href"));

        var enabled = await browser.SubmitFormAsync(TwoFactorPage, new() { ["Input.Code"] = Totp.Code(key) }, action: TwoFactorPage + "?handler=Enable");

        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var shown = new HtmlParser().ParseDocument(await enabled.Content.ReadAsStringAsync());
        Assert.Equal("on", shown.QuerySelector("[data-page=manage-2fa]")!.GetAttribute("data-two-factor"));
        var codes = shown.QuerySelectorAll("[data-recovery-code]").Select(e => e.TextContent.Trim()).ToList();
        return (email, key, codes);
    }

    private static async Task<HttpResponseMessage> PasswordAsync(HttpClient browser, string email) =>
        await browser.SubmitFormAsync("/Identity/Account/Login", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = ShopWebApplicationFactory.Password,
        });

    [Fact]
    public async Task With_two_factor_on_the_password_alone_does_not_sign_in_and_the_apps_code_does()
    {
        var (email, key, codes) = await TurnOnAsync(factory);
        Assert.Equal(10, codes.Count);
        var browser = factory.CreateBrowser();

        var password = await PasswordAsync(browser, email);
        Assert.StartsWith("/Identity/Account/LoginWith2fa", password.RedirectPath());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/Identity/Account/Manage")).StatusCode);

        var wrong = await browser.SubmitFormAsync(password.RedirectPath()!, new() { ["Input.Code"] = Totp.Wrong(key) });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("验证码不正确", await wrong.Content.ReadAsStringAsync());

        var right = await browser.SubmitFormAsync(password.RedirectPath()!, new() { ["Input.Code"] = Totp.Code(key, 1) });
        Assert.Equal("/", right.RedirectPath());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Identity/Account/Manage")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var (email, _, codes) = await TurnOnAsync(factory);

        var first = factory.CreateBrowser();
        await PasswordAsync(first, email);
        var used = await first.SubmitFormAsync("/Identity/Account/LoginWithRecoveryCode", new() { ["Input.RecoveryCode"] = codes[0] });
        Assert.Equal("/", used.RedirectPath());

        var second = factory.CreateBrowser();
        await PasswordAsync(second, email);
        var again = await second.SubmitFormAsync("/Identity/Account/LoginWithRecoveryCode", new() { ["Input.RecoveryCode"] = codes[0] });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("恢复码不正确或已被使用", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/Identity/Account/Manage")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_two_factor_on()
    {
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        var key = new HtmlParser().ParseDocument(await browser.GetStringAsync(TwoFactorPage)).QuerySelector("[data-shared-key]")!.TextContent.Trim();
        var refused = await browser.SubmitFormAsync(TwoFactorPage, new() { ["Input.Code"] = Totp.Wrong(key) }, action: TwoFactorPage + "?handler=Enable");

        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("data-two-factor=\"off\"", html);
        Assert.Contains("验证码不正确", html);
    }

    [Fact]
    public async Task The_key_is_also_a_qr_code_served_by_the_shop_until_two_factor_is_on()
    {
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        var page = await browser.GetStringAsync(TwoFactorPage);
        Assert.Contains($"src=\"{TwoFactorPage}?handler=QrCode\"", page);

        var picture = await browser.GetAsync(TwoFactorPage + "?handler=QrCode");

        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/png", picture.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await picture.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Contains("no-store", picture.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowser().GetAsync(TwoFactorPage + "?handler=QrCode")).StatusCode);
    }
}
