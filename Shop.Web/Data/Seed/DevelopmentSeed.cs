using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;

namespace Shop.Web.Data.Seed;

/// <summary>
/// Fills an empty development database: the admin account and a catalog to shop from, in both
/// languages. Saving the products writes their rows of the search index too (<see cref="Search.SearchIndexInterceptor"/>).
/// </summary>
public class DevelopmentSeed(
    ShopDbContext db,
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    FileStorage storage,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<DevelopmentSeed> logger)
{
    private const int CodesPerProduct = 20;

    public async Task RunAsync()
    {
        await SeedAdminAsync();
        if (!await db.Categories.AnyAsync())
        {
            await SeedCatalogAsync();
        }
    }

    private async Task SeedAdminAsync()
    {
        await AdminAccounts.EnsureRoleAsync(roles);
        var email = configuration["Admin:Email"];
        var password = configuration["Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            return;
        }
        var result = await AdminAccounts.CreateAsync(users, email, password);
        if (!result.Succeeded)
        {
            logger.LogWarning("Seeded admin {Email} not created: {Errors}", email,
                string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    private async Task SeedCatalogAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var categories = CatalogSeedData.Categories
            .Select((c, i) => new Category(c.Name, c.Slug, c.Description, i))
            .ToDictionary(c => c.Slug);
        db.Categories.AddRange(categories.Values);
        await db.SaveChangesAsync();

        var products = new List<Product>();
        for (var i = 0; i < CatalogSeedData.Products.Count; i++)
        {
            var seed = CatalogSeedData.Products[i];
            // Older products further down the list, so that "newest" has something to sort.
            var product = new Product(seed.Name, seed.Slug, seed.ShortDescription, seed.Description, seed.Price, seed.Kind,
                categories[seed.CategorySlug].Id, now.AddHours(-i), seed.Delivery);
            product.SetImage($"/images/products/{seed.Slug}.svg");
            product.SetFeatured(seed.Featured);
            if (seed.Published)
            {
                product.Publish();
            }
            switch (seed.Delivery)
            {
                case VirtualDelivery.None:
                    product.SetStock(seed.Stock);
                    break;
                case VirtualDelivery.File:
                    product.SetDeliveryFile(await WriteSampleDownloadAsync(seed));
                    break;
                case VirtualDelivery.Code:
                    product.AddCodes(CodesPerProduct);
                    break;
            }
            products.Add(product);
        }
        db.Products.AddRange(products);
        await db.SaveChangesAsync();

        foreach (var product in products.Where(p => p.Delivery == VirtualDelivery.Code))
        {
            for (var n = 0; n < CodesPerProduct; n++)
            {
                db.ProductCodes.Add(new ProductCode(product.Id, NewCode(product.Slug), now));
            }
        }
        await db.SaveChangesAsync();
        logger.LogInformation("Seeded {Categories} categories and {Products} products", categories.Count, products.Count);
    }

    private async Task<string> WriteSampleDownloadAsync(CatalogSeedData.SeedProduct seed)
    {
        var fileName = $"{seed.Slug}.txt";
        await File.WriteAllTextAsync(Path.Combine(storage.Downloads, fileName),
            $"{seed.Name.Chinese}\n{seed.Name.English}\n\n{seed.Description.Chinese}\n\n{seed.Description.English}\n\n" +
            "（这是开发环境商店的示例下载文件。）\n(This is the sample download of a development shop.)\n");
        return fileName;
    }

    private static string NewCode(string slug)
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = Enumerable.Range(0, 12).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray();
        var prefix = new string(slug.Where(char.IsAsciiLetterOrDigit).Take(4).ToArray()).ToUpperInvariant();
        return $"{prefix}-{new string(chars, 0, 4)}-{new string(chars, 4, 4)}-{new string(chars, 8, 4)}";
    }
}
