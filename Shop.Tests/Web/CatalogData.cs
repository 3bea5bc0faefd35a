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
    /// A new product with a unique name and slug (in the seeded "tea" category unless told), named in
    /// the language of <paramref name="name"/>'s script (Chinese unless told), or in Chinese and
    /// <paramref name="englishName"/>: physical
    /// with its stock, or virtual (any <paramref name="delivery"/> but None) with a pool of codes —
    /// <paramref name="codes"/> made-up ones, or the <paramref name="codeValues"/> given — or a download file.
    /// </summary>
    public static async Task<Product> AddProductAsync(
        this ShopWebApplicationFactory factory, decimal price = 10m, int stock = 10, bool published = true, string? name = null,
        VirtualDelivery delivery = VirtualDelivery.None, int codes = 0, IEnumerable<string>? codeValues = null,
        string categorySlug = "tea", string? englishName = null)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var slug = $"test-{Guid.NewGuid():N}";
        var category = await db.Categories.SingleAsync(c => c.Slug == categorySlug);
        var kind = delivery == VirtualDelivery.None ? ProductKind.Physical : ProductKind.Virtual;
        var pool = codeValues?.ToList() ?? Enumerable.Range(0, codes).Select(i => $"CODE-{slug[^8..]}-{i:D3}").ToList();
        var names = englishName is null
            ? LocalizedText.ByScript(name ?? "测试商品 " + slug[^6..])
            : new LocalizedText(name ?? "测试商品 " + slug[^6..], englishName);
        var product = new Product(names, slug, LocalizedText.Empty,
            new LocalizedText("测试用的商品。", null), price, kind, category.Id, DateTime.UtcNow, delivery);
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
                product.AddCodes(pool.Count);
                break;
        }
        if (published)
        {
            product.Publish();
        }
        db.Products.Add(product);
        await db.SaveChangesAsync();
        db.ProductCodes.AddRange(pool.Select(code => new ProductCode(product.Id, code, DateTime.UtcNow)));
        await db.SaveChangesAsync();
        return product;
    }

    public static Task ChangeProductAsync(this ShopWebApplicationFactory factory, int productId, Action<Product> change) =>
        factory.ChangeAsync(async db => change(await db.Products.SingleAsync(p => p.Id == productId)));

    public static Task<Product> ProductAsync(this ShopWebApplicationFactory factory, string slug) =>
        factory.QueryAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Slug == slug));
}
