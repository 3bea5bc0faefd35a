using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Tests.Web.Admin;
using Shop.Tests.Web.Payments;

namespace Shop.Tests.Web.Storefront;

/// <summary>The cart page and its three forms: add, change quantity, remove.</summary>
public class CartTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    [Fact]
    public async Task Adding_a_product_shows_its_line_on_the_cart_page_and_the_count_on_every_page()
    {
        var product = await factory.AddProductAsync();
        var browser = factory.CreateBrowser();

        var response = await browser.AddToCartAsync(product.Id, 2);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/cart", response.RedirectPath());
        var cart = await browser.GetHtmlAsync("/cart");
        Assert.Equal(new Dictionary<int, int> { [product.Id] = 2 }, cart.CartLines());
        Assert.NotNull(cart.Flash("message"));
        foreach (var url in new[] { "/", "/catalog", $"/catalog/{product.Slug}", "/cart", "/Identity/Account/Login" })
        {
            Assert.Equal(2, (await browser.GetHtmlAsync(url)).CartCount());
        }
    }

    [Fact]
    public async Task A_new_visitor_has_an_empty_cart_and_a_zero_badge()
    {
        var cart = await factory.CreateBrowser().GetHtmlAsync("/cart");

        Assert.NotNull(cart.QuerySelector("[data-empty-cart]"));
        Assert.Empty(cart.CartLines());
        Assert.Equal(0, cart.CartCount());
    }

    [Fact]
    public async Task Adding_the_same_product_twice_adds_up_the_quantities()
    {
        var product = await factory.AddProductAsync();
        var browser = factory.CreateBrowser();

        await browser.AddToCartAsync(product.Id, 2);
        await browser.AddToCartAsync(product.Id, 3);

        var cart = await browser.GetHtmlAsync("/cart");
        Assert.Equal(new Dictionary<int, int> { [product.Id] = 5 }, cart.CartLines());
        Assert.Equal(5, cart.CartCount());
    }

    [Fact]
    public async Task Changing_a_quantity_sets_the_line_to_it()
    {
        var product = await factory.AddProductAsync();
        var browser = factory.CreateBrowser();
        await browser.AddToCartAsync(product.Id, 2);

        var response = await browser.UpdateCartLineAsync(product.Id.ToString(CultureInfo.InvariantCulture), "7");

        Assert.Equal("/cart", response.RedirectPath());
        var cart = await browser.GetHtmlAsync("/cart");
        Assert.Equal(new Dictionary<int, int> { [product.Id] = 7 }, cart.CartLines());
        Assert.Equal(7, cart.CartCount());
    }

    [Fact]
    public async Task Changing_a_quantity_to_zero_removes_the_line()
    {
        var kept = await factory.AddProductAsync();
        var dropped = await factory.AddProductAsync();
        var browser = factory.CreateBrowser();
        await browser.AddToCartAsync(kept.Id);
        await browser.AddToCartAsync(dropped.Id, 4);

        await browser.UpdateCartLineAsync(dropped.Id.ToString(CultureInfo.InvariantCulture), "0");

        var cart = await browser.GetHtmlAsync("/cart");
        Assert.Equal(new Dictionary<int, int> { [kept.Id] = 1 }, cart.CartLines());
        Assert.Equal(1, cart.CartCount());
    }

    [Fact]
    public async Task Removing_the_only_line_leaves_an_empty_cart()
    {
        var product = await factory.AddProductAsync();
        var browser = factory.CreateBrowser();
        await browser.AddToCartAsync(product.Id, 3);

        var response = await browser.RemoveCartLineAsync(product.Id.ToString(CultureInfo.InvariantCulture));

        Assert.Equal("/cart", response.RedirectPath());
        var cart = await browser.GetHtmlAsync("/cart");
        Assert.Empty(cart.CartLines());
        Assert.NotNull(cart.QuerySelector("[data-empty-cart]"));
        Assert.Equal(0, cart.CartCount());
    }

    [Fact]
    public async Task Changing_the_quantity_of_a_product_not_in_the_cart_does_not_add_it()
    {
        var inCart = await factory.AddProductAsync();
        var other = await factory.AddProductAsync();
        var browser = factory.CreateBrowser();
        await browser.AddToCartAsync(inCart.Id);

        await browser.UpdateCartLineAsync(other.Id.ToString(CultureInfo.InvariantCulture), "3");

        var cart = await browser.GetHtmlAsync("/cart");
        Assert.Equal(new Dictionary<int, int> { [inCart.Id] = 1 }, cart.CartLines());
        Assert.NotNull(cart.Flash("warning"));
    }

    [Fact]
    public async Task Line_totals_and_the_subtotal_are_price_times_quantity()
    {
        var teapot = await factory.AddProductAsync(price: 1234.5m);
        var cups = await factory.AddProductAsync(price: 0.99m);
        var browser = factory.CreateBrowser();
        await browser.AddToCartAsync(teapot.Id, 3);
        await browser.AddToCartAsync(cups.Id, 2);

        var cart = await browser.GetHtmlAsync("/cart");

        Assert.Equal(3703.50m, cart.CartLineTotal(teapot.Id));
        Assert.Equal("¥3,703.50", cart.QuerySelector($"[data-cart-line='{teapot.Id}'] [data-line-total]")!.TextContent.Trim());
        Assert.Equal(1.98m, cart.CartLineTotal(cups.Id));
        Assert.Equal(3705.48m, cart.CartSubtotal());
        Assert.Equal("¥3,705.48", cart.QuerySelector("[data-subtotal]")!.TextContent.Trim());
        Assert.Equal("5", cart.QuerySelector("[data-item-count]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Adding_more_than_the_stock_puts_the_stock_in_the_cart_and_says_so()
    {
        var product = await factory.AddProductAsync(stock: 3);
        var browser = factory.CreateBrowser();

        await browser.AddToCartAsync(product.Id, 2);
        await browser.AddToCartAsync(product.Id, 5);

        var cart = await browser.GetHtmlAsync("/cart");
        Assert.Equal(new Dictionary<int, int> { [product.Id] = 3 }, cart.CartLines());
        var warning = cart.Flash("warning");
        Assert.NotNull(warning);
        Assert.Contains(product.Name.In(Language.Chinese), warning);
        Assert.Contains("3", warning);
    }

    [Fact]
    public async Task Setting_a_quantity_above_the_stock_puts_the_stock_in_the_cart_and_says_so()
    {
        var product = await factory.AddProductAsync(stock: 4);
        var browser = factory.CreateBrowser();
        await browser.AddToCartAsync(product.Id);

        await browser.UpdateCartLineAsync(product.Id.ToString(CultureInfo.InvariantCulture), "9");

        var cart = await browser.GetHtmlAsync("/cart");
        Assert.Equal(new Dictionary<int, int> { [product.Id] = 4 }, cart.CartLines());
        Assert.Contains(product.Name.In(Language.Chinese), cart.Flash("warning"));
    }

    [Fact]
    public async Task A_sold_out_product_is_refused_with_a_message()
    {
        var soldOut = await factory.ProductAsync("kids-picture-book");
        var browser = factory.CreateBrowser();

        var response = await browser.AddToCartAsync(soldOut.Id);

        Assert.Equal("/cart", response.RedirectPath());
        var cart = await browser.GetHtmlAsync("/cart");
        Assert.Empty(cart.CartLines());
        Assert.Contains(soldOut.Name.In(Language.Chinese), cart.Flash("warning"));
    }

    [Fact]
    public async Task Prices_are_read_from_the_catalog_each_time_the_cart_is_shown()
    {
        var product = await factory.AddProductAsync(price: 10m);
        var browser = factory.CreateBrowser();
        await browser.AddToCartAsync(product.Id, 2);

        await factory.ChangeProductAsync(product.Id, p => p.Update(p.Name, p.Slug, p.ShortDescription, p.Description, 12.5m, p.CategoryId));

        var cart = await browser.GetHtmlAsync("/cart");
        Assert.Equal(25m, cart.CartSubtotal());
        Assert.Equal("¥25.00", cart.QuerySelector($"[data-cart-line='{product.Id}'] [data-line-total]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_product_unpublished_after_it_was_added_drops_out_with_a_message()
    {
        var kept = await factory.AddProductAsync();
        var unpublished = await factory.AddProductAsync();
        var browser = factory.CreateBrowser();
        await browser.AddToCartAsync(kept.Id);
        await browser.AddToCartAsync(unpublished.Id, 2);

        await factory.ChangeProductAsync(unpublished.Id, p => p.Unpublish());

        var cart = await browser.GetHtmlAsync("/cart");
        Assert.Equal(new Dictionary<int, int> { [kept.Id] = 1 }, cart.CartLines());
        Assert.Equal(1, cart.CartCount());
        var notice = cart.QuerySelector("[data-cart-notice=ProductUnavailable]")!;
        Assert.Contains(unpublished.Name.In(Language.Chinese), notice.TextContent);
    }

    [Fact]
    public async Task A_product_deleted_after_it_was_added_drops_out_with_a_message()
    {
        var deleted = await factory.AddProductAsync();
        var browser = factory.CreateBrowser();
        await browser.AddToCartAsync(deleted.Id, 2);

        await factory.ChangeAsync(async db => db.Products.Remove(await db.Products.SingleAsync(p => p.Id == deleted.Id)));

        var cart = await browser.GetHtmlAsync("/cart");
        Assert.Empty(cart.CartLines());
        Assert.Equal(0, cart.CartCount());
        Assert.Equal("购物车中有一件商品已下架，已被移除。", cart.QuerySelector("[data-cart-notice=ProductUnavailable]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_product_that_sold_out_after_it_was_added_drops_out_with_a_message()
    {
        var product = await factory.AddProductAsync(stock: 5);
        var browser = factory.CreateBrowser();
        await browser.AddToCartAsync(product.Id, 2);

        await factory.ChangeProductAsync(product.Id, p => p.SetStock(0));

        var cart = await browser.GetHtmlAsync("/cart");
        Assert.Empty(cart.CartLines());
        Assert.Contains(product.Name.In(Language.Chinese), cart.QuerySelector("[data-cart-notice]")!.TextContent);
    }

    [Fact]
    public async Task A_stock_that_fell_below_the_line_brings_the_line_down_with_a_message()
    {
        var product = await factory.AddProductAsync(stock: 10);
        var browser = factory.CreateBrowser();
        await browser.AddToCartAsync(product.Id, 6);

        await factory.ChangeProductAsync(product.Id, p => p.SetStock(2));

        var cart = await browser.GetHtmlAsync("/cart");
        Assert.Equal(new Dictionary<int, int> { [product.Id] = 2 }, cart.CartLines());
        Assert.NotNull(cart.QuerySelector("[data-cart-notice=CappedToStock]"));
    }

    [Fact]
    public async Task The_badge_does_not_count_a_product_that_can_no_longer_be_bought()
    {
        var kept = await factory.AddProductAsync();
        var unpublished = await factory.AddProductAsync();
        var browser = factory.CreateBrowser();
        await browser.AddToCartAsync(kept.Id, 2);
        await browser.AddToCartAsync(unpublished.Id, 3);
        Assert.Equal(5, (await browser.GetHtmlAsync("/")).CartCount());

        await factory.ChangeProductAsync(unpublished.Id, p => p.Unpublish());

        Assert.Equal(2, (await browser.GetHtmlAsync("/")).CartCount());
    }

    [Fact]
    public async Task The_badge_follows_a_sale_to_another_buyer_that_leaves_less_stock_than_the_line()
    {
        var product = await factory.AddProductAsync(stock: 3);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id, 3);
        Assert.Equal(3, (await buyer.GetHtmlAsync("/catalog")).CartCount());

        await factory.PlaceOrderAsync(product.Id);

        Assert.Equal(2, (await buyer.GetHtmlAsync("/catalog")).CartCount());
    }

    [Fact]
    public async Task The_badge_follows_every_change_of_the_cart_at_once()
    {
        var tea = await factory.AddProductAsync();
        var cup = await factory.AddProductAsync();
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        Assert.Equal(0, (await buyer.GetHtmlAsync("/")).CartCount());

        await buyer.AddToCartAsync(tea.Id, 2);
        Assert.Equal(2, (await buyer.GetHtmlAsync("/")).CartCount());
        await buyer.AddToCartAsync(cup.Id, 1);
        Assert.Equal(3, (await buyer.GetHtmlAsync("/")).CartCount());
        await buyer.UpdateCartLineAsync(tea.Id.ToString(CultureInfo.InvariantCulture), "5");
        Assert.Equal(6, (await buyer.GetHtmlAsync("/")).CartCount());
        await buyer.RemoveCartLineAsync(cup.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(5, (await buyer.GetHtmlAsync("/")).CartCount());
        await buyer.CheckOutAsync();
        Assert.Equal(0, (await buyer.GetHtmlAsync("/")).CartCount());
    }
}
