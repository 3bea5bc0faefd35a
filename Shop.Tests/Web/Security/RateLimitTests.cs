using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Shop.Tests.Web.Security;

/// <summary>
/// The forms an attacker posts in bulk answer 429 past their limit, per client address, with the
/// shop's localized page (or a ProblemDetails) and a Retry-After; reading pages and Alipay's
/// endpoints are never limited.
/// </summary>
public class RateLimitTests(RateLimitedShopFactory factory) : IClassFixture<RateLimitedShopFactory>
{
    private static Task<HttpResponseMessage> SignInAsync(HttpClient browser, int attempt) =>
        browser.SubmitFormAsync("/Identity/Account/Login", new()
        {
            ["Input.Email"] = $"nobody-{attempt}@example.com",
            ["Input.Password"] = "not-the-password",
        });

    private static Task<HttpResponseMessage> DonateAsync(HttpClient browser) =>
        browser.SubmitFormAsync("/donate", new() { ["amount"] = "10" });

    private static async Task AssertTooManyRequestsPageAsync(HttpResponseMessage response, string title)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After in seconds");
        var page = await response.ReadHtmlAsync();
        Assert.NotNull(page.QuerySelector("[data-page=too-many-requests]"));
        Assert.Equal(title, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("header [data-cart-count]")); // the shop's layout
    }

    [Fact]
    public async Task Sign_in_attempts_past_the_limit_are_answered_429_with_the_shops_page_while_other_addresses_go_on()
    {
        var attacker = factory.CreateBrowserFrom("198.51.100.10");
        for (var attempt = 0; attempt < RateLimitedShopFactory.SignIns; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(attacker, attempt)).StatusCode);
        }

        var refused = await SignInAsync(attacker, 99);
        await AssertTooManyRequestsPageAsync(refused, "尝试次数过多");
        Assert.Equal(TimeSpan.FromSeconds(100), refused.Headers.RetryAfter?.Delta); // a sixth of the 600 s window

        // Reading the page is never limited, and a buyer elsewhere signs in as usual.
        Assert.Equal(HttpStatusCode.OK, (await attacker.GetAsync("/Identity/Account/Login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(factory.CreateBrowserFrom("198.51.100.11"), 0)).StatusCode);
    }

    [Fact]
    public async Task Registrations_past_the_limit_are_answered_429_in_English_to_an_English_browser()
    {
        var attacker = factory.CreateBrowserFrom("198.51.100.20", "en");
        for (var i = 0; i <= RateLimitedShopFactory.Registrations; i++)
        {
            var email = ShopWebApplicationFactory.NewEmail();
            var response = await attacker.SubmitFormAsync("/Identity/Account/Register", new()
            {
                ["Input.Email"] = email,
                ["Input.Password"] = ShopWebApplicationFactory.Password,
                ["Input.ConfirmPassword"] = ShopWebApplicationFactory.Password,
            });
            if (i < RateLimitedShopFactory.Registrations)
            {
                Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
            }
            else
            {
                await AssertTooManyRequestsPageAsync(response, "Too many attempts");
                Assert.Null(await factory.QueryAsync(db => Task.FromResult(db.Users.FirstOrDefault(u => u.Email == email))));
            }
        }
    }

    [Fact]
    public async Task Password_reset_requests_past_the_limit_are_answered_429()
    {
        var attacker = factory.CreateBrowserFrom("198.51.100.30");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= RateLimitedShopFactory.PasswordResets; i++)
        {
            var response = await attacker.SubmitFormAsync("/Identity/Account/ForgotPassword", new() { ["Input.Email"] = $"someone-{i}@example.com" });
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(RateLimitedShopFactory.PasswordResets), status => Assert.NotEqual(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Donations_past_the_limit_are_answered_429_and_write_no_order()
    {
        var attacker = factory.CreateBrowserFrom("198.51.100.40");
        for (var i = 0; i < RateLimitedShopFactory.Donations; i++)
        {
            // To the pay page, or, past the cap on unpaid orders, back to the form.
            Assert.Equal(HttpStatusCode.Redirect, (await DonateAsync(attacker)).StatusCode);
        }
        var orders = await factory.QueryAsync(db => Task.FromResult(db.Orders.Count(o => o.ClientAddress == "198.51.100.40")));

        await AssertTooManyRequestsPageAsync(await DonateAsync(attacker), "尝试次数过多");

        Assert.Equal(orders, await factory.QueryAsync(db => Task.FromResult(db.Orders.Count(o => o.ClientAddress == "198.51.100.40"))));
    }

    [Fact]
    public async Task Checkouts_past_the_limit_are_answered_429()
    {
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        buyer.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, "198.51.100.50");
        for (var i = 0; i < RateLimitedShopFactory.Checkouts; i++)
        {
            // An empty cart: the post is turned away, but it is a post all the same.
            Assert.Equal("/cart", (await buyer.SubmitFormAsync("/", CheckoutAddress(), action: "/checkout")).RedirectPath());
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await buyer.SubmitFormAsync("/", CheckoutAddress(), action: "/checkout")).StatusCode);
    }

    [Fact]
    public async Task A_caller_that_takes_only_JSON_gets_a_ProblemDetails_with_the_same_Retry_After()
    {
        var client = factory.CreateBrowserFrom("198.51.100.60");
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        HttpResponseMessage response;
        do
        {
            response = await DonateAsync(client);
        }
        while (response.StatusCode != HttpStatusCode.TooManyRequests);

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("尝试次数过多", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Pages_and_Alipays_notify_and_return_endpoints_are_never_limited()
    {
        var client = factory.CreateBrowserFrom("198.51.100.70");
        for (var i = 0; i < 3 * RateLimitedShopFactory.SignIns; i++)
        {
            foreach (var page in new[] { "/", "/catalog", "/donate", "/Identity/Account/Login", "/Identity/Account/Register" })
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
            }
            var notify = await client.PostAsync("/payments/alipay/notify", new FormUrlEncodedContent(new Dictionary<string, string> { ["notify_id"] = "x" + i }));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, notify.StatusCode);
            var back = await client.GetAsync("/payments/alipay/return?out_trade_no=x" + i);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, back.StatusCode);
        }
    }

    private static Dictionary<string, string> CheckoutAddress() => new(Checkout.CheckoutTests.Address()) { ["cartFingerprint"] = "" };
}
