using System.Net;

namespace Shop.Tests.Web.Account;

/// <summary>
/// Every page Identity UI (Microsoft.AspNetCore.Identity.UI 10) would serve under /Identity is
/// either the shop's own page, in the shop's layout and language, or not found: the library's
/// pages are not part of the shop.
/// </summary>
public class IdentityPagesTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    /// <summary>The pages of Identity UI 10's Bootstrap 5 set, Account and Account/Manage.</summary>
    public static TheoryData<string> IdentityUiPages =>
    [
        "Account/AccessDenied", "Account/ConfirmEmail", "Account/ConfirmEmailChange", "Account/ExternalLogin",
        "Account/ForgotPassword", "Account/ForgotPasswordConfirmation", "Account/Lockout", "Account/Login",
        "Account/LoginWith2fa", "Account/LoginWithRecoveryCode", "Account/Logout", "Account/Register",
        "Account/RegisterConfirmation", "Account/ResendEmailConfirmation", "Account/ResetPassword",
        "Account/ResetPasswordConfirmation",
        "Account/Manage", "Account/Manage/Index", "Account/Manage/ChangePassword", "Account/Manage/DeletePersonalData",
        "Account/Manage/Disable2fa", "Account/Manage/DownloadPersonalData", "Account/Manage/Email",
        "Account/Manage/EnableAuthenticator", "Account/Manage/ExternalLogins", "Account/Manage/GenerateRecoveryCodes",
        "Account/Manage/PersonalData", "Account/Manage/ResetAuthenticator", "Account/Manage/SetPassword",
        "Account/Manage/ShowRecoveryCodes", "Account/Manage/TwoFactorAuthentication",
        "Error",
    ];

    /// <summary>The pages the shop serves itself; every other one must be 404.</summary>
    private static readonly Dictionary<string, string> ShopPages = new()
    {
        ["Account/AccessDenied"] = "access-denied",
        ["Account/ForgotPassword"] = "forgot-password",
        ["Account/ForgotPasswordConfirmation"] = "forgot-password-confirmation",
        ["Account/Login"] = "login",
        ["Account/Logout"] = "logout",
        ["Account/Register"] = "register",
        ["Account/ResendEmailConfirmation"] = "resend-email-confirmation",
        ["Account/ResetPasswordConfirmation"] = "reset-password-confirmation",
        ["Account/Manage"] = "manage",
        ["Account/Manage/Index"] = "manage",
        ["Account/Manage/Email"] = "manage-email",
        ["Account/Manage/TwoFactorAuthentication"] = "manage-2fa",
        ["Account/Manage/PersonalData"] = "manage-personal-data",
    };

    /// <summary>The shop's pages that only answer a link with its parameters, and send a bare visit elsewhere.</summary>
    private static readonly Dictionary<string, string> LinkPages = new()
    {
        ["Account/ConfirmEmail"] = "/Identity/Account/Login",
        ["Account/ConfirmEmailChange"] = "/Identity/Account/Login",
        ["Account/ResetPassword"] = "/Identity/Account/ForgotPassword",
        ["Account/LoginWith2fa"] = "/Identity/Account/Login",
        ["Account/LoginWithRecoveryCode"] = "/Identity/Account/Login",
    };

    [Theory]
    [MemberData(nameof(IdentityUiPages))]
    public async Task Each_Identity_UI_page_is_the_shops_own_or_not_found(string page)
    {
        var (browser, _) = await factory.CreateSignedInBrowserAsync();

        var response = await browser.GetAsync($"/Identity/{page}");

        if (ShopPages.TryGetValue(page, out var dataPage))
        {
            // The access denied page answers with its status, 403.
            Assert.Equal(page == "Account/AccessDenied" ? HttpStatusCode.Forbidden : HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains($"data-page=\"{dataPage}\"", html);
            Assert.Contains("<html lang=\"zh-CN\"", html);
        }
        else if (LinkPages.TryGetValue(page, out var elsewhere))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(elsewhere, response.RedirectPath());
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
