using Shop.Tests.Web.Checkout;

namespace Shop.Tests.Web.Storefront;

/// <summary>
/// No page runs a query per product or per line: the SQL commands of the catalog, a category page,
/// a product page, the cart and an order page are counted (real SQLite, the real pipeline) with few
/// and with many products or lines, and are the same small number. The pages are asked for by a
/// signed-in buyer with a cart, who is never served from the output cache, right after a change of
/// the catalog, so that the catalog's data is read from the database.
/// </summary>
public class QueryCountTests(SqlRecordingShopFactory factory) : IClassFixture<SqlRecordingShopFactory>
{
    private const int MostCommandsOfAPage = 10;

    [Theory]
    [InlineData("/catalog")]
    [InlineData("/catalog?category=tea")]
    [InlineData("/")]
    public async Task A_listing_runs_as_many_commands_with_one_product_on_its_page_as_with_a_full_page(string url)
    {
        var buyer = await BuyerWithCartAsync();
        await factory.AddProductAsync();
        var few = await CommandsAsync(buyer, url);

        for (var i = 0; i < 14; i++)
        {
            await factory.AddProductAsync();
        }
        var many = await CommandsAsync(buyer, url);

        Assert.InRange(few, 1, MostCommandsOfAPage);
        Assert.Equal(few, many);
    }

    [Fact]
    public async Task A_product_page_runs_a_fixed_number_of_commands()
    {
        var buyer = await BuyerWithCartAsync();
        var product = await factory.AddProductAsync();

        var commands = await CommandsAsync(buyer, $"/catalog/{product.Slug}");

        Assert.InRange(commands, 1, MostCommandsOfAPage);
    }

    [Fact]
    public async Task The_cart_and_an_order_page_run_as_many_commands_for_one_line_as_for_five()
    {
        var (oneLine, oneLineOrder) = await OrderOfAsync(1);
        var (fiveLines, fiveLinesOrder) = await OrderOfAsync(5);

        Assert.InRange(oneLine, 1, MostCommandsOfAPage);
        Assert.Equal(oneLine, fiveLines);
        Assert.InRange(oneLineOrder, 1, MostCommandsOfAPage);
        Assert.Equal(oneLineOrder, fiveLinesOrder);
    }

    /// <summary>The commands of the cart with <paramref name="lines"/> lines, then of the order page once it is placed.</summary>
    private async Task<(int Cart, int Order)> OrderOfAsync(int lines)
    {
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        for (var i = 0; i < lines; i++)
        {
            await buyer.AddToCartAsync((await factory.AddProductAsync()).Id);
        }
        var cart = await CommandsAsync(buyer, "/cart");
        var placed = await CheckoutTests.PlaceAsync(buyer, CheckoutTests.Address());
        var orderUrl = placed.RedirectPath()![..^"/pay".Length];
        await buyer.GetHtmlAsync(orderUrl);
        return (cart, await CommandsAsync(buyer, orderUrl));
    }

    private async Task<HttpClient> BuyerWithCartAsync()
    {
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync((await factory.AddProductAsync()).Id);
        return buyer;
    }

    private async Task<int> CommandsAsync(HttpClient browser, string url)
    {
        factory.Log.Clear();
        await browser.GetHtmlAsync(url);
        return factory.Log.For(url.Split('?')[0]).Count;
    }
}
