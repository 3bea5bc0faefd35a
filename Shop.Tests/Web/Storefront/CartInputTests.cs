using System.Globalization;
using System.Net;

namespace Shop.Tests.Web.Storefront;

/// <summary>
/// Whatever a browser, or a person editing the form, posts to the cart ends on the cart page with a
/// message, never an error page, and leaves the cart as it was.
/// </summary>
public class CartInputTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    /// <summary>A browser whose cart holds 2 of a product, and that product's id.</summary>
    private async Task<(HttpClient Browser, int ProductId)> BrowserWithACartAsync()
    {
        var product = await factory.AddProductAsync();
        var browser = factory.CreateBrowser();
        await browser.AddToCartAsync(product.Id, 2);
        return (browser, product.Id);
    }

    private static async Task AssertRefusedAndUnchangedAsync(HttpClient browser, HttpResponseMessage response, int productId)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/cart", response.RedirectPath());
        var cart = await browser.GetHtmlAsync("/cart");
        Assert.NotNull(cart.Flash("warning"));
        Assert.Equal(new Dictionary<int, int> { [productId] = 2 }, cart.CartLines());
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("100")]
    [InlineData("99999999999")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("1.5")]
    [InlineData(null)]
    public async Task Adding_with_a_bad_quantity_is_refused_with_a_message(string? quantity)
    {
        var (browser, productId) = await BrowserWithACartAsync();

        var response = await browser.AddToCartAsync(productId.ToString(CultureInfo.InvariantCulture), quantity);

        await AssertRefusedAndUnchangedAsync(browser, response, productId);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("-3")]
    [InlineData("0")]
    [InlineData("999999")]
    [InlineData("99999999999")]
    public async Task Adding_a_product_that_does_not_exist_is_refused_with_a_message(string productId)
    {
        var (browser, kept) = await BrowserWithACartAsync();

        var response = await browser.AddToCartAsync(productId, "1");

        await AssertRefusedAndUnchangedAsync(browser, response, kept);
    }

    [Fact]
    public async Task Adding_an_unpublished_product_is_refused_with_a_message()
    {
        var unpublished = await factory.ProductAsync("unpublished-sample");
        var (browser, kept) = await BrowserWithACartAsync();

        var response = await browser.AddToCartAsync(unpublished.Id.ToString(CultureInfo.InvariantCulture), "1");

        await AssertRefusedAndUnchangedAsync(browser, response, kept);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("100")]
    [InlineData("99999999999")]
    [InlineData("abc")]
    [InlineData("")]
    public async Task Changing_to_a_bad_quantity_is_refused_with_a_message(string quantity)
    {
        var (browser, productId) = await BrowserWithACartAsync();

        var response = await browser.UpdateCartLineAsync(productId.ToString(CultureInfo.InvariantCulture), quantity);

        await AssertRefusedAndUnchangedAsync(browser, response, productId);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("999999")]
    [InlineData("-1")]
    public async Task Changing_a_product_that_does_not_exist_is_refused_with_a_message(string productId)
    {
        var (browser, kept) = await BrowserWithACartAsync();

        var response = await browser.UpdateCartLineAsync(productId, "1");

        await AssertRefusedAndUnchangedAsync(browser, response, kept);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("999999")]
    public async Task Removing_a_product_that_is_not_in_the_cart_is_refused_with_a_message(string productId)
    {
        var (browser, kept) = await BrowserWithACartAsync();

        var response = await browser.RemoveCartLineAsync(productId);

        await AssertRefusedAndUnchangedAsync(browser, response, kept);
    }

    [Fact]
    public async Task Changing_to_zero_a_product_that_is_not_in_the_cart_is_refused_with_a_message()
    {
        var other = await factory.AddProductAsync();
        var (browser, kept) = await BrowserWithACartAsync();

        var response = await browser.UpdateCartLineAsync(other.Id.ToString(CultureInfo.InvariantCulture), "0");

        await AssertRefusedAndUnchangedAsync(browser, response, kept);
    }

    [Theory]
    [InlineData("/cart/items", "productId={0}&quantity=1")]
    [InlineData("/cart/items/{0}", "quantity=5")]
    [InlineData("/cart/items/{0}/remove", "")]
    public async Task A_cart_post_without_the_anti_forgery_token_is_refused_and_changes_nothing(string action, string body)
    {
        var (browser, productId) = await BrowserWithACartAsync();
        var content = new StringContent(string.Format(CultureInfo.InvariantCulture, body, productId), System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await browser.PostAsync(string.Format(CultureInfo.InvariantCulture, action, productId), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadHtmlAsync()).QuerySelector("[data-page=error]"));
        var cart = await browser.GetHtmlAsync("/cart");
        Assert.Equal(new Dictionary<int, int> { [productId] = 2 }, cart.CartLines());
    }
}
