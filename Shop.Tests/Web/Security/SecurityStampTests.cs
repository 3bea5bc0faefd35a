using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Shop.Tests.Web.Security;

/// <summary>
/// A changed security stamp (a new password, a reset) signs out the buyer's other browsers once
/// Identity's validation interval has passed, and not before, exactly as Identity's own validator
/// decides: the shop only skips building that validator while it would do nothing.
/// </summary>
public class SecurityStampTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    [Fact]
    public async Task A_browser_whose_stamp_changed_stays_signed_in_until_the_interval_passes_then_is_signed_out()
    {
        var clock = new MovableClock();
        using var shop = ShopWithStampClock(clock);
        var (browser, email) = await SignedInBrowserAsync(shop);

        using (var scope = shop.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            Assert.True((await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(email))!)).Succeeded);
        }
        clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/orders")).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(2));
        var afterInterval = await browser.GetAsync("/orders");
        Assert.Equal(HttpStatusCode.Redirect, afterInterval.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", afterInterval.RedirectPath());
    }

    [Fact]
    public async Task A_browser_whose_stamp_did_not_change_stays_signed_in_after_the_interval()
    {
        var clock = new MovableClock();
        using var shop = ShopWithStampClock(clock);
        var (browser, _) = await SignedInBrowserAsync(shop);

        clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/orders")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/orders")).StatusCode);
    }

    private WebApplicationFactory<Program> ShopWithStampClock(TimeProvider clock) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<SecurityStampValidatorOptions>(options => options.TimeProvider = clock)));

    private async Task<(HttpClient Browser, string Email)> SignedInBrowserAsync(WebApplicationFactory<Program> shop)
    {
        var browser = shop.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var email = ShopWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(email);
        await ShopWebApplicationFactory.SignInAsync(browser, email);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/orders")).StatusCode);
        return (browser, email);
    }

    private sealed class MovableClock : TimeProvider
    {
        private TimeSpan _ahead;

        public void Advance(TimeSpan by) => _ahead += by;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _ahead;
    }
}
