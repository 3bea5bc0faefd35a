using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shop.Domain.Catalog;
using Shop.Web.Data;

namespace Shop.Tests.Web;

/// <summary>Reads and changes the shop's database behind the app's back, as tests need to.</summary>
public static class ShopData
{
    public static async Task<T> QueryAsync<T>(this ShopWebApplicationFactory factory, Func<ShopDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<ShopDbContext>());
    }

    public static async Task ChangeAsync(this ShopWebApplicationFactory factory, Func<ShopDbContext, Task> change)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        await change(db);
        await db.SaveChangesAsync();
    }

    /// <summary>A published physical product of its own, so that a test can change its stock or price freely.</summary>
    public static async Task<Product> CreateProductAsync(
        this ShopWebApplicationFactory factory, decimal price = 100m, int stock = 20,
        ProductKind kind = ProductKind.Physical, VirtualDelivery delivery = VirtualDelivery.None, int codes = 0)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var category = await db.Categories.FirstAsync();
        var slug = "test-" + Guid.NewGuid().ToString("N")[..12];
        var product = new Product("测试商品 " + slug[^4..], slug, "A product made by a test.", price, kind, category.Id, DateTime.UtcNow, delivery);
        product.Publish();
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
        db.Products.Add(product);
        await db.SaveChangesAsync();
        for (var i = 0; i < codes; i++)
        {
            db.ProductCodes.Add(new ProductCode(product.Id, $"CODE-{slug}-{i:D3}", DateTime.UtcNow));
        }
        await db.SaveChangesAsync();
        return product;
    }

    public static Task<HttpResponseMessage> AddToCartAsync(this HttpClient browser, int productId, int quantity = 1) =>
        browser.SubmitFormAsync("/cart", new()
        {
            ["productId"] = productId.ToString(),
            ["quantity"] = quantity.ToString(),
        }, action: "/cart/items");
}
