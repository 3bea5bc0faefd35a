using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shop.Tests.Sandbox;
using Shop.Web.Data.Search;
using Shop.Web.Features.Catalog;

namespace Shop.Tests.Web.Operations;

/// <summary>
/// The operator's command that writes the search index again from the catalog, run as a real
/// process on the database of a running shop: <c>dotnet Shop.Web.dll rebuild-search-index</c>,
/// after which the running shop's kept search pages are forgotten (docs/architecture.md: Catalog cache).
/// </summary>
public class RebuildSearchIndexCommandTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private async Task<List<int>> FindAsync(string typed) =>
        (await factory.CreateBrowser().GetHtmlAsync("/catalog?q=" + Uri.EscapeDataString(typed))).ListedProductIds();

    [Fact]
    public async Task Rebuilding_writes_every_product_s_row_again_and_search_finds_them()
    {
        var longjing = await factory.ProductAsync("longjing-green-tea");
        var products = await factory.QueryAsync(db => db.Products.CountAsync());
        Assert.Equal([longjing.Id], await FindAsync("longjing"));
        // An index gone out of step: emptied, and (SQLite's FTS5 table has no foreign key, PostgreSQL's
        // table has one) a row for a product that does not exist.
        await factory.QueryAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM product_search");
            return db.Database.IsNpgsql() ? 0 : await db.Database.ExecuteSqlAsync(
                $"INSERT INTO product_search (rowid, name, pinyin, category, short_description, full_description) VALUES (999999, 'ghost', '', '', '', '')");
        });
        // Written behind the shop's back: the catalog cache (which keeps anonymous search pages) is told by hand.
        await factory.Services.GetRequiredService<CatalogCache>().InvalidateAsync();
        Assert.Empty(await FindAsync("longjing"));

        // The empty answer is now what the shop keeps for anonymous searches.
        using (var kept = await factory.CreateBrowser().GetAsync("/catalog?q=longjing"))
        {
            Assert.NotNull(kept.Headers.Age);
        }

        var (exitCode, output) = await ShopCommand.RunAsync(factory, "rebuild-search-index");

        Assert.True(exitCode == 0, output);
        Assert.Contains($"The search index holds {products} products.", output);
        // The command ran in a process of its own; the shop hears of it (a file on SQLite, LISTEN/NOTIFY on PostgreSQL).
        await Eventually.Until(async () => (await FindAsync("longjing")).SequenceEqual([longjing.Id]), "the kept search page is forgotten");
        Assert.Equal([longjing.Id], await FindAsync("龙井"));
        // One row a product: the ghost is gone.
        Assert.Equal(products, await factory.QueryAsync(db => factory.Services.GetRequiredService<IProductSearchIndex>().CountAsync(db)));
        Assert.Equal(0, await factory.QueryAsync(async db => db.Database.IsNpgsql() ? 0 : await db.Database
            .SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM product_search WHERE rowid = 999999").SingleAsync()));
    }
}
