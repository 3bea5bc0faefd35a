using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Features.Cart;

namespace Shop.Tests.Web.Storefront;

/// <summary>
/// The anonymous cart's cookie is protected: whatever a visitor writes into it, they never reach
/// another visitor's cart (eShopOnWeb #453 let a cookie name any basket).
/// </summary>
public class CartCookieTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private static readonly Uri Site = new("http://localhost");

    /// <summary>Another visitor's anonymous cart with one product in it: its id and its cookie.</summary>
    private async Task<(Guid CartId, string Cookie, int ProductId)> SomeoneElsesCartAsync()
    {
        var product = await factory.AddProductAsync();
        var cookies = new CookieContainer();
        await factory.CreateBrowser(cookies).AddToCartAsync(product.Id, 2);
        var cartId = await factory.QueryAsync(db =>
            db.Carts.Where(c => c.Lines.Any(l => l.ProductId == product.Id)).Select(c => c.Id).SingleAsync());
        return (cartId, cookies.GetCookies(Site)[ShoppingCart.CookieName]!.Value, product.Id);
    }

    [Fact]
    public async Task The_cart_cookie_is_http_only_and_does_not_show_the_cart_id()
    {
        var product = await factory.AddProductAsync();

        var response = await factory.CreateBrowser().AddToCartAsync(product.Id);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(ShoppingCart.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        var cartId = await factory.QueryAsync(db =>
            db.Carts.Where(c => c.Lines.Any(l => l.ProductId == product.Id)).Select(c => c.Id).SingleAsync());
        Assert.DoesNotContain(cartId.ToString("N"), cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(cartId.ToString("D"), cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("N")]
    [InlineData("D")]
    public async Task A_cookie_holding_another_carts_raw_id_shows_an_empty_cart(string format)
    {
        var (cartId, _, _) = await SomeoneElsesCartAsync();
        var cookies = new CookieContainer();
        cookies.Add(Site, new Cookie(ShoppingCart.CookieName, cartId.ToString(format)));

        var cart = await factory.CreateBrowser(cookies).GetHtmlAsync("/cart");

        Assert.Empty(cart.CartLines());
        Assert.Equal(0, cart.CartCount());
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("CfDJ8")]
    [InlineData("edited")]
    [InlineData("truncated")]
    public async Task An_edited_cookie_starts_a_new_cart_and_leaves_the_other_cart_alone(string edit)
    {
        var (cartId, cookie, productId) = await SomeoneElsesCartAsync();
        var value = edit switch
        {
            "edited" => cookie[..^4] + (cookie[^4] == 'A' ? 'B' : 'A') + cookie[^3..],
            "truncated" => cookie[..(cookie.Length / 2)],
            _ => edit,
        };
        var cookies = new CookieContainer();
        cookies.Add(Site, new Cookie(ShoppingCart.CookieName, value));
        var browser = factory.CreateBrowser(cookies);
        var mine = await factory.AddProductAsync();

        Assert.Empty((await browser.GetHtmlAsync("/cart")).CartLines());
        await browser.AddToCartAsync(mine.Id);
        await browser.UpdateCartLineAsync(productId.ToString(CultureInfo.InvariantCulture), "9");
        await browser.RemoveCartLineAsync(productId.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(new Dictionary<int, int> { [mine.Id] = 1 }, (await browser.GetHtmlAsync("/cart")).CartLines());
        var theirs = await factory.QueryAsync(db => db.Carts.Include(c => c.Lines).SingleAsync(c => c.Id == cartId));
        var line = Assert.Single(theirs.Lines);
        Assert.Equal((productId, 2), (line.ProductId, line.Quantity));
    }

    [Fact]
    public async Task The_owners_cookie_still_finds_the_cart()
    {
        var (_, cookie, productId) = await SomeoneElsesCartAsync();
        var cookies = new CookieContainer();
        cookies.Add(Site, new Cookie(ShoppingCart.CookieName, cookie));

        var cart = await factory.CreateBrowser(cookies).GetHtmlAsync("/cart");

        Assert.Equal(new Dictionary<int, int> { [productId] = 2 }, cart.CartLines());
    }
}
