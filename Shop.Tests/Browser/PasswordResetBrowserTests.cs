using Shop.Tests.Sandbox;
using Shop.Tests.Web;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>A forgotten password, reset through the mail as a buyer does it: the mail is read in the development mailbox.</summary>
[Collection(BrowserCollection.Name)]
public class PasswordResetBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_buyer_asks_for_a_reset_reads_the_mail_at_sandbox_mail_follows_the_link_and_signs_in_with_the_new_password()
    {
        var email = ShopWebApplicationFactory.NewEmail();
        await fixture.Shop.CreateUserAsync(email);
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var steps = new Screenshots(page, nameof(PasswordResetBrowserTests));

        await page.GotoAsync("/Identity/Account/Login");
        await page.Locator("[data-forgot-password]").ClickAsync();
        await page.Locator("input[name='Input.Email']").FillAsync(email);
        await steps.TakeAsync("forgot-password");
        await page.Locator("[data-send-reset]").ClickAsync();
        await Expect(page.Locator("[data-reset-sent]")).ToBeVisibleAsync();
        await steps.TakeAsync("check-your-mail");

        // The sender delivers in the background: the mailbox is looked at again until the mail is there.
        var row = page.Locator($"[data-mail-to='{email}']");
        await Eventually.Until(async () =>
        {
            await page.GotoAsync("/sandbox/mail");
            return await row.CountAsync() == 1;
        }, $"the reset mail to {email} in the development mailbox");
        await steps.TakeAsync("mailbox");
        await row.Locator("[data-mail-subject]").ClickAsync();
        var link = page.Locator("[data-mail-link][href*='/Identity/Account/ResetPassword']");
        await Expect(link).ToHaveCountAsync(1);
        await steps.TakeAsync("mail");

        await link.ClickAsync();
        await Expect(page.Locator("[data-page=reset-password]")).ToBeVisibleAsync();
        await Expect(page.Locator("input[name='Input.Email']")).ToHaveValueAsync(email);
        await page.Locator("input[name='Input.Password']").FillAsync("Renewed2026pass");
        await page.Locator("input[name='Input.ConfirmPassword']").FillAsync("Renewed2026pass");
        await steps.TakeAsync("reset-password");
        await page.Locator("[data-reset-password]").ClickAsync();
        await Expect(page.Locator("[data-page=reset-password-confirmation]")).ToBeVisibleAsync();
        await steps.TakeAsync("password-changed");

        await page.Locator("[data-page=reset-password-confirmation] [data-sign-in]").ClickAsync();
        await page.Locator("input[name='Input.Email']").FillAsync(email);
        await page.Locator("input[name='Input.Password']").FillAsync("Renewed2026pass");
        await page.Locator("[data-page=login] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Identity/Account/Login", StringComparison.Ordinal));
        await Expect(page.Locator("body")).ToContainTextAsync(email);
        await steps.TakeAsync("signed-in");
    }
}
