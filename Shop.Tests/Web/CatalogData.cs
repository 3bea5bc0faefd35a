using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;

namespace Shop.Tests.Web;

/// <summary>
/// Products of a test's own, written straight to the shop's database, so that a test that changes
/// stock, prices or publication never disturbs the seeded catalog other tests read.
/// </summary>
public static class CatalogData
{
    /// <summary>A new physical product in the seeded "tea" category, with a unique name and slug.</summary>
    public static async Task<Product> AddProductAsync(
        this ShopWebApplicationFactory factory, decimal price = 10m, int stock = 10, bool published = true, string? name = null)
    {
        var slug = $"test-{Guid.NewGuid():N}";
        var category = await factory.QueryAsync(db => db.Categories.SingleAsync(c => c.Slug == "tea"));
        var product = new Product(name ?? "测试商品 " + slug[^6..], slug, "测试用的商品。", price, ProductKind.Physical,
            category.Id, DateTime.UtcNow);
        product.SetStock(stock);
        if (published)
        {
            product.Publish();
        }
        await factory.ChangeAsync(db =>
        {
            db.Products.Add(product);
            return Task.CompletedTask;
        });
        return product;
    }

    public static Task ChangeProductAsync(this ShopWebApplicationFactory factory, int productId, Action<Product> change) =>
        factory.ChangeAsync(async db => change(await db.Products.SingleAsync(p => p.Id == productId)));

    public static Task<Product> ProductAsync(this ShopWebApplicationFactory factory, string slug) =>
        factory.QueryAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Slug == slug));
}
