using System.Globalization;
using Shop.Domain.Catalog;

namespace Shop.Tests.Web.Admin;

/// <summary>The low-stock list: published products that count stock, at or below Catalog:LowStockThreshold (5), emptiest first.</summary>
public class LowStockListTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    [Fact]
    public async Task Lists_published_stock_tracked_products_at_or_below_the_threshold_emptiest_first()
    {
        var five = await factory.AddProductAsync(stock: 5);
        var six = await factory.AddProductAsync(stock: 6);
        var hidden = await factory.AddProductAsync(stock: 1, published: false);
        var twoCodes = await factory.AddProductAsync(delivery: VirtualDelivery.Code, codeValues: ["LOW-1", "LOW-2"]);
        var download = await factory.AddProductAsync(delivery: VirtualDelivery.File);
        var browser = await factory.CreateAdminBrowserAsync();

        var page = await (await browser.GetAsync("/admin/products/low-stock")).ReadHtmlAsync();

        var rows = page.QuerySelectorAll("[data-product-row]").Select(row => row.GetAttribute("data-slug")).ToList();
        Assert.Contains(five.Slug, rows);
        Assert.Contains(twoCodes.Slug, rows);
        Assert.DoesNotContain(six.Slug, rows);
        Assert.DoesNotContain(hidden.Slug, rows);
        Assert.DoesNotContain(download.Slug, rows);
        // The seeded catalog's own low ones: sold out first, then 3, then 5.
        Assert.Equal(["kids-picture-book", "mooncake-box", "oolong-tieguanyin"], rows.Where(s => !s!.Contains("test-")).Take(3));
        var stocks = page.QuerySelectorAll("[data-product-row] [data-stock]").Select(cell => int.Parse(cell.GetAttribute("data-stock")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(stocks.Order(), stocks);
        Assert.All(stocks, stock => Assert.InRange(stock, 0, 5));
    }
}
