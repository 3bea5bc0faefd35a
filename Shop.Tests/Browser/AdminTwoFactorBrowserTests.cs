using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Shop.Tests.Web;
using Shop.Tests.Web.Account;
using Shop.Web;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>An admin turns on two-factor sign-in with the key the page shows, then signs in with a code computed from it.</summary>
[Collection(BrowserCollection.Name)]
public class AdminTwoFactorBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_admin_turns_on_two_factor_sign_in_and_signs_in_with_the_authenticator_code()
    {
        var email = ShopWebApplicationFactory.NewEmail();
        await fixture.Shop.CreateUserAsync(email);
        using (var scope = fixture.Shop.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.ConfirmEmailAsync(user, await users.GenerateEmailConfirmationTokenAsync(user));
            await users.AddToRoleAsync(user, Roles.Admin);
        }
        await using var context = await fixture.NewContextAsync(locale: "en");
        var page = await context.NewPageAsync();
        var steps = new Screenshots(page, nameof(AdminTwoFactorBrowserTests));

        await SignInWithPasswordAsync(page, email);
        await page.WaitForURLAsync(url => !url.Contains("/Identity/Account/Login", StringComparison.Ordinal));
        await page.GotoAsync("/Identity/Account/Manage");
        await page.Locator("[data-manage-2fa]").ClickAsync();
        var key = (await page.Locator("[data-shared-key]").TextContentAsync())!.Trim();
        await steps.TakeAsync("key");
        await page.Locator("input[name='Input.Code']").FillAsync(Totp.Code(key));
        await page.Locator("[data-enable-2fa]").ClickAsync();
        await Expect(page.Locator("[data-page=manage-2fa]")).ToHaveAttributeAsync("data-two-factor", "on");
        await Expect(page.Locator("[data-recovery-code]")).ToHaveCountAsync(10);
        await steps.TakeAsync("recovery-codes");

        await page.GotoAsync("/Identity/Account/Logout");
        await page.Locator("[data-page=logout] button[type=submit]").ClickAsync();
        await SignInWithPasswordAsync(page, email);
        await page.WaitForURLAsync("**/Identity/Account/LoginWith2fa**");
        await steps.TakeAsync("code");
        // The next step's code: not the one just used to turn it on, and still inside the shop's window.
        await page.Locator("input[name='Input.Code']").FillAsync(Totp.Code(key, stepsAhead: 1));
        await page.Locator("[data-verify-2fa]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Identity/Account/", StringComparison.Ordinal));

        await page.GotoAsync("/admin");
        await Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        await steps.TakeAsync("admin");
    }

    private static async Task SignInWithPasswordAsync(IPage page, string email)
    {
        await page.GotoAsync("/Identity/Account/Login");
        await page.Locator("input[name='Input.Email']").FillAsync(email);
        await page.Locator("input[name='Input.Password']").FillAsync(ShopWebApplicationFactory.Password);
        await page.Locator("[data-page=login] button[type=submit]").ClickAsync();
    }
}
