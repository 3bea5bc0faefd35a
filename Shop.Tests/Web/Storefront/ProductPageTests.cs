using System.Globalization;
using System.Net;
using Shop.Domain.Catalog;

namespace Shop.Tests.Web.Storefront;

/// <summary><c>/catalog/{slug}</c>: what a buyer sees of one product, and the pages that are not there.</summary>
public class ProductPageTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    [Fact]
    public async Task A_product_page_shows_the_product_and_its_add_to_cart_form()
    {
        var teapot = await factory.ProductAsync("ceramic-teapot");

        var page = await factory.CreateBrowser().GetHtmlAsync("/catalog/ceramic-teapot");

        var product = page.QuerySelector($"[data-product-id='{teapot.Id}']")!;
        Assert.Equal("Physical", product.GetAttribute("data-product-kind"));
        Assert.Equal(teapot.Name.In(Language.Chinese), page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(teapot.Id.ToString(CultureInfo.InvariantCulture), page.QuerySelector("[data-add-to-cart] input[name=productId]")!.GetAttribute("value"));
        Assert.Equal("15", page.QuerySelector("[data-stock]")!.GetAttribute("data-stock"));
    }

    [Fact]
    public async Task Prices_are_shown_in_yuan_with_thousands_separators_and_two_decimals()
    {
        var product = await factory.AddProductAsync(price: 1234.5m);

        var page = await factory.CreateBrowser().GetHtmlAsync($"/catalog/{product.Slug}");
        var list = await factory.CreateBrowser().GetHtmlAsync("/catalog?sort=price-desc");

        Assert.Equal("¥1,234.50", page.QuerySelector("[data-price]")!.TextContent.Trim());
        Assert.Equal("¥1,234.50", list.QuerySelector($"[data-product-id='{product.Id}'] .price")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_sold_out_product_says_so_and_has_no_add_to_cart_form()
    {
        var page = await factory.CreateBrowser().GetHtmlAsync("/catalog/kids-picture-book");

        Assert.NotNull(page.QuerySelector("[data-sold-out]"));
        Assert.Null(page.QuerySelector("[data-add-to-cart]"));
    }

    [Fact]
    public async Task A_product_low_on_stock_says_how_many_are_left()
    {
        var page = await factory.CreateBrowser().GetHtmlAsync("/catalog/oolong-tieguanyin");

        var stock = page.QuerySelector("[data-stock]")!;
        Assert.Equal("3", stock.GetAttribute("data-stock"));
        Assert.Equal("仅剩 3 件", stock.TextContent.Trim());
    }

    [Theory]
    [InlineData("ebook-python")]
    [InlineData("gift-card-50")]
    public async Task A_virtual_product_is_marked_virtual_and_can_be_added(string slug)
    {
        var product = await factory.ProductAsync(slug);

        var page = await factory.CreateBrowser().GetHtmlAsync($"/catalog/{slug}");

        Assert.Equal("Virtual", page.QuerySelector($"[data-product-id='{product.Id}']")!.GetAttribute("data-product-kind"));
        Assert.NotNull(page.QuerySelector("[data-add-to-cart]"));
    }

    [Theory]
    [InlineData("/catalog/no-such-product")]
    [InlineData("/catalog/unpublished-sample")]
    [InlineData("/no/such/page")]
    public async Task A_missing_or_unpublished_product_answers_the_not_found_page(string url)
    {
        var response = await factory.CreateBrowser().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.NotNull(page.QuerySelector("[data-page=not-found]"));
        Assert.NotNull(page.QuerySelector("[data-cart-count]"));
    }
}
