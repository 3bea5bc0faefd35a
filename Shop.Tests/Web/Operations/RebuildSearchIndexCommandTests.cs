using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shop.Web.Data.Search;
using Shop.Web.Features.Catalog;

namespace Shop.Tests.Web.Operations;

/// <summary>
/// The operator's command that writes the search index again from the catalog, run as a real
/// process on the database of a running shop: <c>dotnet Shop.Web.dll rebuild-search-index</c>.
/// </summary>
public class RebuildSearchIndexCommandTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Shop.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = factory.Database.Provider.ToString();
        start.Environment["ConnectionStrings__Shop"] = factory.Database.ConnectionString;
        start.Environment["Storage__Root"] = Path.Combine(factory.DataFolder, "files");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

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

        var (exitCode, output) = await RunAsync("rebuild-search-index");

        Assert.True(exitCode == 0, output);
        Assert.Contains($"The search index holds {products} products.", output);
        // The command ran in a process of its own, which on SQLite cannot reach this shop's cache.
        await factory.Services.GetRequiredService<CatalogCache>().InvalidateAsync();
        Assert.Equal([longjing.Id], await FindAsync("longjing"));
        Assert.Equal([longjing.Id], await FindAsync("龙井"));
        // One row a product: the ghost is gone.
        Assert.Equal(products, await factory.QueryAsync(db => factory.Services.GetRequiredService<IProductSearchIndex>().CountAsync(db)));
    }
}
