using System.Net;

namespace Shop.Tests.Web.Instances;

/// <summary>
/// Two instances on one database, installed in different folders: what one issued (an anti-forgery
/// token, a sign-in, an anonymous cart's cookie) is good on the other, because the Data Protection
/// keys are in the database under one application name (README: Running several instances).
/// </summary>
public sealed class SharedCookiesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private readonly ShopWebApplicationFactory _first = instances.First;
    private readonly SecondInstanceFactory _second = instances.Second;

    [Fact]
    public async Task A_form_from_one_instance_posted_to_the_other_is_accepted()
    {
        var cookies = new CookieContainer();
        var token = await _first.CreateBrowser(cookies).GetAntiforgeryTokenAsync("/catalog/longjing-green-tea");
        var tea = await _first.ProductAsync("longjing-green-tea");

        var posted = await _second.CreateBrowser(cookies).PostAsync("/cart/items", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["productId"] = tea.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["quantity"] = "1",
            [HtmlFormExtensions.AntiforgeryFieldName] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/cart", posted.RedirectPath());
    }

    [Fact]
    public async Task A_buyer_signed_in_on_one_instance_is_signed_in_on_the_other()
    {
        var email = ShopWebApplicationFactory.NewEmail();
        await _first.CreateUserAsync(email);
        var cookies = new CookieContainer();
        await ShopWebApplicationFactory.SignInAsync(_first.CreateBrowser(cookies), email);

        var orders = await _second.CreateBrowser(cookies).GetAsync("/orders");
        var anonymous = await _second.CreateBrowser(new CookieContainer()).GetAsync("/orders");

        Assert.Equal(HttpStatusCode.OK, orders.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_cart_from_one_instance_shows_the_same_lines_on_the_other()
    {
        var product = await _first.AddProductAsync();
        var cookies = new CookieContainer();
        await _first.CreateBrowser(cookies).AddToCartAsync(product.Id, 3);

        var cart = await _second.CreateBrowser(cookies).GetHtmlAsync("/cart");

        Assert.Equal(new Dictionary<int, int> { [product.Id] = 3 }, cart.CartLines());
        Assert.Equal(3, cart.CartCount());
    }
}
