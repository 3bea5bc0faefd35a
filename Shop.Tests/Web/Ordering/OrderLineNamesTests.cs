using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Tests.Web.Admin;
using Shop.Tests.Web.Checkout;

namespace Shop.Tests.Web.Ordering;

/// <summary>
/// An order keeps its products' names in both languages as they were when it was placed: renaming a
/// product later changes no order, and each reader of an order sees the name in their language.
/// </summary>
public class OrderLineNamesTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private static HttpClient InLanguage(HttpClient browser, string culture)
    {
        browser.DefaultRequestHeaders.AcceptLanguage.Clear();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return browser;
    }

    private async Task<(HttpClient Browser, string Number, int ProductId)> PlaceOrderAsync(string chinese, string english)
    {
        var product = await factory.AddProductAsync(price: 30m, name: chinese, englishName: english);
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        await browser.AddToCartAsync(product.Id);
        var placed = await CheckoutTests.PlaceAsync(browser, CheckoutTests.Address());
        return (browser, placed.RedirectPath()!.Split('/')[2], product.Id);
    }

    [Fact]
    public async Task An_order_line_records_both_names_of_the_product_bought()
    {
        var (_, number, _) = await PlaceOrderAsync("白瓷盖碗", "White Porcelain Gaiwan");

        var line = await factory.QueryAsync(db => db.Orders.Include(o => o.Lines).Where(o => o.Number == number).SelectMany(o => o.Lines).SingleAsync());

        Assert.Equal(new LocalizedText("白瓷盖碗", "White Porcelain Gaiwan"), line.ProductName);
    }

    [Fact]
    public async Task The_order_page_names_products_in_its_reader_s_language_as_they_were_bought()
    {
        var (browser, number, productId) = await PlaceOrderAsync("白瓷盖碗", "White Porcelain Gaiwan");
        await factory.ChangeProductAsync(productId, p => p.Update(
            new LocalizedText("青花盖碗", "Blue and White Gaiwan"), p.Slug, p.ShortDescription, p.Description, p.Price, p.CategoryId));

        var english = await InLanguage(browser, "en").GetHtmlAsync($"/orders/{number}");
        var chinese = await InLanguage(browser, "zh-CN").GetHtmlAsync($"/orders/{number}");
        var list = await InLanguage(browser, "en").GetHtmlAsync("/orders");

        Assert.Equal("White Porcelain Gaiwan", english.QuerySelector($"[data-order-line='{productId}'] [data-line-name]")!.TextContent.Trim());
        Assert.Equal("白瓷盖碗", chinese.QuerySelector($"[data-order-line='{productId}'] [data-line-name]")!.TextContent.Trim());
        Assert.Contains("White Porcelain Gaiwan", list.Body!.TextContent);
        Assert.DoesNotContain("Blue and White Gaiwan", list.Body!.TextContent);
    }

    [Fact]
    public async Task The_admin_reads_an_order_s_names_in_the_admin_s_language()
    {
        var (_, number, productId) = await PlaceOrderAsync("白瓷盖碗", "White Porcelain Gaiwan");
        await factory.ChangeProductAsync(productId, p => p.Update(
            new LocalizedText("青花盖碗", null), p.Slug, p.ShortDescription, p.Description, p.Price, p.CategoryId));

        var english = await (await factory.CreateAdminBrowserAsync("en")).GetHtmlAsync($"/admin/orders/{number}");
        var chinese = await (await factory.CreateAdminBrowserAsync("zh-CN")).GetHtmlAsync($"/admin/orders/{number}");

        Assert.Equal("White Porcelain Gaiwan", english.QuerySelector("[data-line-name]")!.TextContent.Trim());
        Assert.Equal("白瓷盖碗", chinese.QuerySelector("[data-line-name]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_cart_names_products_in_the_buyer_s_language()
    {
        var product = await factory.AddProductAsync(name: "白瓷盖碗", englishName: "White Porcelain Gaiwan");
        var browser = factory.CreateBrowser();
        await browser.AddToCartAsync(product.Id);

        var english = await InLanguage(browser, "en").GetHtmlAsync("/cart");
        var chinese = await InLanguage(browser, "zh-CN").GetHtmlAsync("/cart");

        Assert.Equal("White Porcelain Gaiwan", english.QuerySelector($"[data-cart-line='{product.Id}'] [data-line-name]")!.TextContent.Trim());
        Assert.Equal("白瓷盖碗", chinese.QuerySelector($"[data-cart-line='{product.Id}'] [data-line-name]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Alipay_is_sent_the_Chinese_name_whatever_the_buyer_s_language()
    {
        var (browser, number, _) = await PlaceOrderAsync("白瓷盖碗 #1", "White Porcelain Gaiwan");

        var html = await InLanguage(browser, "en").GetStringAsync($"/orders/{number}/pay");
        var fields = Payments.ShopPayments.ReadPayForm(html).Fields.ToDictionary();

        Assert.Equal("白瓷盖碗  1", fields["subject"]);
        Assert.Equal("白瓷盖碗 1 x1", fields["body"]); // signed text carries no # (README: Money edge cases)
    }

    [Fact]
    public async Task Alipay_is_sent_the_English_name_of_a_product_with_no_Chinese_one()
    {
        var product = await factory.AddProductAsync(price: 30m, name: "Gaiwan & Cups");
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        await browser.AddToCartAsync(product.Id);
        var placed = await CheckoutTests.PlaceAsync(browser, CheckoutTests.Address());

        var fields = Payments.ShopPayments.ReadPayForm(await browser.GetStringAsync(placed.RedirectPath()!)).Fields.ToDictionary();

        Assert.Equal("Gaiwan   Cups", fields["subject"]);
        Assert.Equal("Gaiwan Cups x1", fields["body"]);
    }
}
