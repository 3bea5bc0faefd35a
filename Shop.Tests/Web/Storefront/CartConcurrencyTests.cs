using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Shop.Tests.Web.Storefront;

public class CartConcurrencyTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    [Fact]
    public async Task Adds_at_the_same_moment_all_land_in_one_cart_without_an_error()
    {
        var product = await factory.AddProductAsync(stock: 50);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        var token = await buyer.GetAntiforgeryTokenAsync("/cart");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => buyer.PostAsync("/cart/items", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["productId"] = product.Id.ToString(CultureInfo.InvariantCulture),
            ["quantity"] = "1",
            [HtmlFormExtensions.AntiforgeryFieldName] = token,
        }))));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Redirect, response.StatusCode));
        var lines = await factory.QueryAsync(db => db.Carts.Where(c => c.Lines.Any(l => l.ProductId == product.Id))
            .SelectMany(c => c.Lines).Where(l => l.ProductId == product.Id).ToListAsync());
        Assert.Equal(6, Assert.Single(lines).Quantity);
    }
}
