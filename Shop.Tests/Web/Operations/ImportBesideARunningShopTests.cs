using Shop.Tests.Sandbox;

namespace Shop.Tests.Web.Operations;

/// <summary>
/// <c>import-products</c> run as a process of its own beside a running shop, on its database (SQLite's
/// file or PostgreSQL): the shop's kept pages and data are forgotten, so the products show at once
/// (docs/architecture.md: Catalog cache).
/// </summary>
public class ImportBesideARunningShopTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    [Fact]
    public async Task An_imported_product_shows_on_the_running_shop_s_kept_category_page_and_in_its_search()
    {
        var word = "zq" + Guid.NewGuid().ToString("N")[..10];
        var category = "/catalog?category=tea";
        var search = "/catalog?q=" + word;
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await factory.CreateBrowser().GetHtmlAsync(category);
        Assert.Empty((await factory.CreateBrowser().GetHtmlAsync(search)).ListedProductIds());
        // Both are now served from the output cache, as they would be for ten minutes.
        foreach (var url in new[] { category, search })
        {
            using var kept = await factory.CreateBrowser().GetAsync(url);
            Assert.NotNull(kept.Headers.Age);
        }
        var file = Path.Combine(factory.DataFolder, $"products-{word}.csv");
        await File.WriteAllTextAsync(file, $"slug,category,kind,name,price,stock\n{word},tea,Physical,Teapot {word},88.80,5\n");

        var (exitCode, output) = await ShopCommand.RunAsync(factory, "import-products", file);

        Assert.True(exitCode == 0, output);
        var product = await factory.ProductAsync(word);
        await Eventually.Until(
            async () => (await factory.CreateBrowser().GetHtmlAsync(category)).ListedProductIds().Contains(product.Id),
            "the running shop's anonymous category page shows the imported product");
        Assert.Equal([product.Id], (await factory.CreateBrowser().GetHtmlAsync(search)).ListedProductIds());
        // A signed-in buyer's page, drawn from the catalog data the shop keeps, shows it too.
        Assert.Contains(product.Id, (await buyer.GetHtmlAsync(category)).ListedProductIds());
    }
}
