using System.Net;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Features.Cart;

namespace Shop.Tests.Web.Storefront;

/// <summary>The anonymous cart joins the account's cart at sign-in, and the account's cart follows the buyer.</summary>
public class CartSignInTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private static readonly Uri Site = new("http://localhost");

    [Fact]
    public async Task Signing_in_adds_the_anonymous_cart_to_the_accounts_cart_capped_by_stock()
    {
        var tea = await factory.AddProductAsync(stock: 5);
        var pen = await factory.AddProductAsync();
        var book = await factory.AddProductAsync();
        var (elsewhere, email) = await factory.CreateSignedInBrowserAsync();
        await elsewhere.AddToCartAsync(tea.Id, 4);
        await elsewhere.AddToCartAsync(book.Id, 1);
        var anonymous = factory.CreateBrowser();
        await anonymous.AddToCartAsync(tea.Id, 3);
        await anonymous.AddToCartAsync(pen.Id, 2);

        await ShopWebApplicationFactory.SignInAsync(anonymous, email);

        var cart = await anonymous.GetHtmlAsync("/cart");
        Assert.Equal(new Dictionary<int, int> { [tea.Id] = 5, [pen.Id] = 2, [book.Id] = 1 }, cart.CartLines());
        Assert.Equal(8, cart.CartCount());
        Assert.Equal(cart.CartLines(), (await elsewhere.GetHtmlAsync("/cart")).CartLines());
    }

    [Fact]
    public async Task Signing_in_tells_the_buyer_which_lines_were_capped_or_dropped()
    {
        var tea = await factory.AddProductAsync(stock: 5);
        var gone = await factory.AddProductAsync();
        var (elsewhere, email) = await factory.CreateSignedInBrowserAsync();
        await elsewhere.AddToCartAsync(tea.Id, 4);
        var anonymous = factory.CreateBrowser();
        await anonymous.AddToCartAsync(tea.Id, 3);
        await anonymous.AddToCartAsync(gone.Id, 1);
        await factory.ChangeProductAsync(gone.Id, p => p.Unpublish());

        await ShopWebApplicationFactory.SignInAsync(anonymous, email);

        var warning = (await anonymous.GetHtmlAsync("/")).Flash("warning");
        Assert.NotNull(warning);
        Assert.Contains(tea.Name.In(Language.Chinese), warning);
        Assert.Contains(gone.Name.In(Language.Chinese), warning);
        Assert.Null((await anonymous.GetHtmlAsync("/")).Flash("warning"));
    }

    [Fact]
    public async Task Signing_in_deletes_the_anonymous_cart_and_its_cookie()
    {
        var product = await factory.AddProductAsync();
        var email = ShopWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(email);
        var cookies = new CookieContainer();
        var browser = factory.CreateBrowser(cookies);
        await browser.AddToCartAsync(product.Id, 2);
        Assert.NotNull(cookies.GetCookies(Site)[ShoppingCart.CookieName]);

        await ShopWebApplicationFactory.SignInAsync(browser, email);

        Assert.Null(cookies.GetCookies(Site)[ShoppingCart.CookieName]);
        var carts = await factory.QueryAsync(db =>
            db.Carts.Where(c => c.Lines.Any(l => l.ProductId == product.Id)).Select(c => c.UserId).ToListAsync());
        Assert.NotNull(Assert.Single(carts));
    }

    [Fact]
    public async Task Registering_brings_the_anonymous_cart_into_the_new_account()
    {
        var product = await factory.AddProductAsync();
        var browser = factory.CreateBrowser();
        await browser.AddToCartAsync(product.Id, 3);

        var email = ShopWebApplicationFactory.NewEmail();
        await browser.SubmitFormAsync("/Identity/Account/Register", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = ShopWebApplicationFactory.Password,
            ["Input.ConfirmPassword"] = ShopWebApplicationFactory.Password,
        });

        var newBrowser = factory.CreateBrowser();
        await ShopWebApplicationFactory.SignInAsync(newBrowser, email);
        Assert.Equal(new Dictionary<int, int> { [product.Id] = 3 }, (await newBrowser.GetHtmlAsync("/cart")).CartLines());
    }

    [Fact]
    public async Task A_signed_in_buyers_cart_follows_the_account_to_a_new_browser()
    {
        var product = await factory.AddProductAsync();
        var (browser, email) = await factory.CreateSignedInBrowserAsync();
        await browser.AddToCartAsync(product.Id, 2);

        var newBrowser = factory.CreateBrowser();
        await ShopWebApplicationFactory.SignInAsync(newBrowser, email);

        var cart = await newBrowser.GetHtmlAsync("/cart");
        Assert.Equal(new Dictionary<int, int> { [product.Id] = 2 }, cart.CartLines());
        Assert.Equal(2, cart.CartCount());
    }

    [Fact]
    public async Task Signing_out_leaves_the_cart_with_the_account()
    {
        var product = await factory.AddProductAsync();
        var (browser, email) = await factory.CreateSignedInBrowserAsync();
        await browser.AddToCartAsync(product.Id, 2);

        await browser.SubmitFormAsync("/", [], "/Identity/Account/Logout?returnUrl=%2F");

        Assert.Empty((await browser.GetHtmlAsync("/cart")).CartLines());
        await ShopWebApplicationFactory.SignInAsync(browser, email);
        Assert.Equal(new Dictionary<int, int> { [product.Id] = 2 }, (await browser.GetHtmlAsync("/cart")).CartLines());
    }
}
