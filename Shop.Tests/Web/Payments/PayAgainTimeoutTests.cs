using Shop.Domain.Catalog;

namespace Shop.Tests.Web.Payments;

/// <summary>Paying later sends the time the order has left, never a fresh Alipay:ItBPay (2h by default).</summary>
public class PayAgainTimeoutTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    [Fact]
    public async Task A_pay_request_sent_ninety_minutes_after_the_order_says_the_thirty_minutes_left()
    {
        var product = await factory.AddProductAsync(price: 20m, delivery: VirtualDelivery.Code, codes: 1);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();
        var first = (await buyer.PayFormAsync(number))["it_b_pay"];

        factory.Clock.Advance(TimeSpan.FromMinutes(90));
        var later = (await buyer.PayFormAsync(number))["it_b_pay"];

        Assert.True(first is "119m" or "120m", first);
        Assert.True(later is "29m" or "30m", later);
    }
}
