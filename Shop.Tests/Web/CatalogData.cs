using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shop.Domain.Catalog;
using Shop.Web.Data;

namespace Shop.Tests.Web;

/// <summary>
/// Products of a test's own, written straight to the shop's database, so that a test that changes
/// stock, prices or publication never disturbs the seeded catalog other tests read.
/// </summary>
public static class CatalogData
{
    /// <summary>
    /// A new product in the seeded "tea" category, with a unique name and slug: physical with its
    /// stock, or virtual with a pool of <paramref name="codes"/> codes or a download file.
    /// </summary>
    public static async Task<Product> AddProductAsync(
        this ShopWebApplicationFactory factory, decimal price = 10m, int stock = 10, bool published = true, string? name = null,
        ProductKind kind = ProductKind.Physical, VirtualDelivery delivery = VirtualDelivery.None, int codes = 0)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var slug = $"test-{Guid.NewGuid():N}";
        var category = await db.Categories.SingleAsync(c => c.Slug == "tea");
        var product = new Product(name ?? "测试商品 " + slug[^6..], slug, "测试用的商品。", price, kind, category.Id, DateTime.UtcNow, delivery);
        switch (delivery)
        {
            case VirtualDelivery.None:
                product.SetStock(stock);
                break;
            case VirtualDelivery.File:
                var file = slug + ".txt";
                await File.WriteAllTextAsync(Path.Combine(scope.ServiceProvider.GetRequiredService<FileStorage>().Downloads, file), "the download of " + slug);
                product.SetDeliveryFile(file);
                break;
            case VirtualDelivery.Code:
                product.AddCodes(codes);
                break;
        }
        if (published)
        {
            product.Publish();
        }
        db.Products.Add(product);
        await db.SaveChangesAsync();
        for (var i = 0; i < codes; i++)
        {
            db.ProductCodes.Add(new ProductCode(product.Id, $"CODE-{slug[^8..]}-{i:D3}", DateTime.UtcNow));
        }
        await db.SaveChangesAsync();
        return product;
    }

    public static Task ChangeProductAsync(this ShopWebApplicationFactory factory, int productId, Action<Product> change) =>
        factory.ChangeAsync(async db => change(await db.Products.SingleAsync(p => p.Id == productId)));

    public static Task<Product> ProductAsync(this ShopWebApplicationFactory factory, string slug) =>
        factory.QueryAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Slug == slug));
}
