using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shop.Web;
using Shop.Web.Features.Mail;

namespace Shop.Tests.Web.Account;

/// <summary>Confirming the account's address and moving it to a new one, both through a mailed link.</summary>
public class EmailAddressTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private const string EmailPage = "/Identity/Account/Manage/Email";

    private async Task<IdentityUser> UserAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email))!;
    }

    [Fact]
    public async Task An_admin_with_an_unconfirmed_address_is_sent_to_confirm_it_and_reaches_admin_after_the_link()
    {
        var email = ShopWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(email);
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, Roles.Admin);
        }
        var browser = factory.CreateBrowser();
        await ShopWebApplicationFactory.SignInAsync(browser, email);

        var refused = await browser.GetAsync("/admin");
        Assert.Equal(EmailPage, refused.RedirectPath());
        var page = await browser.GetStringAsync(EmailPage);
        Assert.Contains("data-email-confirmed=\"false\"", page);

        await browser.SubmitFormAsync(EmailPage, [], action: EmailPage + "?handler=Confirm");
        var link = await AccountMessages.LinkAsync(factory, email, MailKind.EmailConfirmation, "/Identity/Account/ConfirmEmail");
        var confirmed = await browser.GetStringAsync(link);

        Assert.Contains("data-confirmed=\"true\"", confirmed);
        Assert.True((await UserAsync(email)).EmailConfirmed);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_confirmation_link_with_a_wrong_code_confirms_nothing()
    {
        var email = ShopWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(email);
        var user = await UserAsync(email);

        var page = await factory.CreateBrowser().GetStringAsync($"/Identity/Account/ConfirmEmail?userId={user.Id}&code=bogus");

        Assert.Contains("data-confirmed=\"false\"", page);
        Assert.False((await UserAsync(email)).EmailConfirmed);
    }

    [Fact]
    public async Task A_new_address_takes_effect_only_through_the_link_mailed_to_it_and_then_signs_in()
    {
        var (browser, email) = await factory.CreateSignedInBrowserAsync();
        var newEmail = ShopWebApplicationFactory.NewEmail();

        var asked = await browser.SubmitFormAsync(EmailPage, new() { ["Input.NewEmail"] = newEmail }, action: EmailPage + "?handler=Change");

        Assert.Equal(EmailPage, asked.RedirectPath());
        Assert.Equal(email, (await UserAsync(email)).Email);
        var link = await AccountMessages.LinkAsync(factory, newEmail, MailKind.EmailChange, "/Identity/Account/ConfirmEmailChange");

        var changed = await browser.GetStringAsync(link);

        Assert.Contains("data-changed=\"true\"", changed);
        Assert.Null(await UserAsync(email));
        Assert.True((await UserAsync(newEmail)).EmailConfirmed);
        Assert.Contains(newEmail, await browser.GetStringAsync("/Identity/Account/Manage"));
        await ShopWebApplicationFactory.SignInAsync(factory.CreateBrowser(), newEmail);
    }

    [Fact]
    public async Task A_new_address_taken_by_another_account_is_answered_alike_and_changes_nothing()
    {
        var (browser, email) = await factory.CreateSignedInBrowserAsync();
        var taken = ShopWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(taken);

        var asked = await browser.SubmitFormAsync(EmailPage, new() { ["Input.NewEmail"] = taken }, action: EmailPage + "?handler=Change");

        Assert.Equal(EmailPage, asked.RedirectPath());
        Assert.Empty(await AccountMessages.ToAsync(factory, taken, MailKind.EmailChange));
        Assert.Equal(email, (await UserAsync(email)).Email);
    }
}
