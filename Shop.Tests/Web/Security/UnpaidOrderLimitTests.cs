using System.Net;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Tests.Web.Checkout;

namespace Shop.Tests.Web.Security;

/// <summary>
/// Orders nobody pays cannot pile up: past the cap per account or per client address, checkout and
/// donations refuse with a message saying what to do, and reserve nothing.
/// </summary>
public class UnpaidOrderLimitTests(RateLimitedShopFactory factory) : IClassFixture<RateLimitedShopFactory>
{
    private Task<int> OpenOrdersAsync(Func<Order, bool> which) =>
        factory.QueryAsync(async db => (await db.Orders.AsNoTracking().Where(o => o.Status == OrderStatus.PendingPayment).ToListAsync()).Count(which));

    [Fact]
    public async Task A_buyer_with_as_many_unpaid_orders_as_allowed_donations_included_is_refused_at_checkout_with_nothing_reserved_until_one_is_cancelled()
    {
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        buyer.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, "203.0.113.10");
        var teapot = await factory.AddProductAsync(price: 88m, stock: 5);

        // A donation and an order of goods: both wait for payment.
        Assert.Equal(HttpStatusCode.Redirect, (await buyer.SubmitFormAsync("/donate", new() { ["amount"] = "20" })).StatusCode);
        await buyer.AddToCartAsync(teapot.Id);
        var first = await CheckoutTests.PlaceAsync(buyer, CheckoutTests.Address());
        Assert.EndsWith("/pay", first.RedirectPath());
        var firstNumber = first.RedirectPath()!.Split('/')[2];

        await buyer.AddToCartAsync(teapot.Id, 2);
        var refused = await CheckoutTests.PlaceAsync(buyer, CheckoutTests.Address());

        Assert.Equal("/orders", refused.RedirectPath());
        var orders = await buyer.GetHtmlAsync("/orders");
        Assert.Contains($"您已有 {RateLimitedShopFactory.UnpaidPerAccount} 个待付款的订单", orders.Flash("warning"));
        Assert.Equal(4, (await factory.ProductAsync(teapot.Slug)).Stock); // only the first order's unit is reserved
        Assert.Equal(2, (await buyer.GetHtmlAsync("/cart")).CartLines()[teapot.Id]); // the cart is kept

        // Cancelling one open order makes room.
        Assert.Equal(HttpStatusCode.Redirect, (await buyer.SubmitFormAsync($"/orders/{firstNumber}", [], $"/orders/{firstNumber}/cancel")).StatusCode);
        Assert.EndsWith("/pay", (await CheckoutTests.PlaceAsync(buyer, CheckoutTests.Address())).RedirectPath());
    }

    [Fact]
    public async Task Anonymous_donations_from_one_address_past_its_cap_are_refused_while_another_address_gives_as_usual()
    {
        var donor = factory.CreateBrowserFrom("203.0.113.20", "en");
        for (var i = 0; i < RateLimitedShopFactory.UnpaidPerAddress; i++)
        {
            Assert.EndsWith("/pay", (await donor.SubmitFormAsync("/donate", new() { ["amount"] = "5" })).RedirectPath());
        }

        var refused = await donor.SubmitFormAsync("/donate", new() { ["amount"] = "5" });

        Assert.Equal("/donate", refused.RedirectPath());
        var page = await donor.GetHtmlAsync("/donate");
        Assert.StartsWith("Too many orders placed from your network are waiting for payment. Please pay or cancel", page.Flash("warning"));
        Assert.Equal(RateLimitedShopFactory.UnpaidPerAddress, await OpenOrdersAsync(o => o.ClientAddress == "203.0.113.20"));

        var elsewhere = factory.CreateBrowserFrom("203.0.113.21");
        Assert.EndsWith("/pay", (await elsewhere.SubmitFormAsync("/donate", new() { ["amount"] = "5" })).RedirectPath());
        Assert.Equal(1, await OpenOrdersAsync(o => o.ClientAddress == "203.0.113.21"));
    }

    [Fact]
    public async Task Orders_past_their_payment_deadline_no_longer_count()
    {
        var donor = factory.CreateBrowserFrom("203.0.113.30");
        for (var i = 0; i < RateLimitedShopFactory.UnpaidPerAddress; i++)
        {
            await donor.SubmitFormAsync("/donate", new() { ["amount"] = "5" });
        }
        Assert.Equal("/donate", (await donor.SubmitFormAsync("/donate", new() { ["amount"] = "5" })).RedirectPath());

        factory.Clock.Advance(TimeSpan.FromHours(3)); // past Alipay:ItBPay (2h): they can no longer be paid

        Assert.EndsWith("/pay", (await donor.SubmitFormAsync("/donate", new() { ["amount"] = "5" })).RedirectPath());
    }
}
