using System.Net;
using Microsoft.AspNetCore.Hosting;
using Shop.Tests.Web.Admin;

namespace Shop.Tests.Web.Account;

/// <summary>A shop that asks its admins for two-factor sign-in (<c>Admin:RequireTwoFactor</c>).</summary>
public class TwoFactorAdminsShopFactory : ShopWebApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Admin:RequireTwoFactor", "true");
    }
}

public class AdminTwoFactorRequiredTests(TwoFactorAdminsShopFactory factory) : IClassFixture<TwoFactorAdminsShopFactory>
{
    [Fact]
    public async Task An_admin_without_two_factor_sign_in_is_sent_to_turn_it_on_and_reaches_admin_once_it_is_on()
    {
        var admin = await factory.CreateAdminBrowserAsync();

        var refused = await admin.GetAsync("/admin");
        Assert.Equal("/Identity/Account/Manage/TwoFactorAuthentication", refused.RedirectPath());
        Assert.Contains("This shop asks admins to turn on two-factor sign-in", await admin.GetStringAsync(refused.RedirectPath()));

        var key = (await admin.GetHtmlAsync("/Identity/Account/Manage/TwoFactorAuthentication")).QuerySelector("[data-shared-key]")!.TextContent.Trim();
        await admin.SubmitFormAsync("/Identity/Account/Manage/TwoFactorAuthentication", new() { ["Input.Code"] = Totp.Code(key) },
            action: "/Identity/Account/Manage/TwoFactorAuthentication?handler=Enable");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).StatusCode);
    }
}
