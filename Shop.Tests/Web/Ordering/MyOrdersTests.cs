using Shop.Tests.Web.Payments;

namespace Shop.Tests.Web.Ordering;

public class MyOrdersTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    [Fact]
    public async Task My_orders_lists_the_buyers_own_orders_newest_first_and_no_one_elses()
    {
        var product = await factory.AddProductAsync();
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        var first = await buyer.CheckOutAsync();
        await buyer.AddToCartAsync(product.Id);
        var second = await buyer.CheckOutAsync();
        var (other, _) = await factory.CreateSignedInBrowserAsync();
        await other.AddToCartAsync(product.Id);
        var theirs = await other.CheckOutAsync();

        var page = await buyer.GetStringAsync("/orders");

        Assert.Contains($"data-order-number=\"{first}\"", page);
        Assert.Contains($"data-order-number=\"{second}\"", page);
        Assert.DoesNotContain(theirs, page);
        Assert.True(page.IndexOf(second, StringComparison.Ordinal) < page.IndexOf(first, StringComparison.Ordinal), "The newest order comes first.");
        Assert.StartsWith("/Identity/Account/Login", (await factory.CreateBrowser().GetAsync("/orders")).RedirectPath());
    }
}
