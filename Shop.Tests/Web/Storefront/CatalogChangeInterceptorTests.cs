using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Shop.Domain.Catalog;
using Shop.Web.Data;
using Shop.Web.Features.Catalog;

namespace Shop.Tests.Web.Storefront;

/// <summary>
/// When <see cref="CatalogChangeInterceptor"/> makes the catalog forgotten: once per committed change
/// of a product or a category, never for a save that changes neither, nor for a rolled-back one.
/// <see cref="CatalogCache.Generation"/> counts the times (each is also one <c>pg_notify</c> on PostgreSQL).
/// </summary>
public class CatalogChangeInterceptorTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private long Generation => factory.Services.GetRequiredService<CatalogCache>().Generation;

    private async Task<long> ChangesDuringAsync(Func<ShopDbContext, Task> work)
    {
        using var scope = factory.Services.CreateScope();
        var before = Generation;
        await work(scope.ServiceProvider.GetRequiredService<ShopDbContext>());
        return Generation - before;
    }

    [Fact]
    public async Task A_save_without_a_transaction_is_one_change_whether_or_not_search_follows_it()
    {
        var product = await factory.AddProductAsync(price: 10m);
        var renamed = new LocalizedText("改名的商品", "Renamed product");

        Assert.Equal(1, await ChangesDuringAsync(async db =>
        {
            // Changed on the tracked entity: found only by detecting changes.
            (await db.Products.SingleAsync(p => p.Id == product.Id)).Update(
                product.Name, product.Slug, product.ShortDescription, product.Description, 11m, product.CategoryId);
            await db.SaveChangesAsync();
        }));
        // A new name is written to the search index in a transaction of the index's own.
        Assert.Equal(1, await ChangesDuringAsync(async db =>
        {
            (await db.Products.SingleAsync(p => p.Id == product.Id)).Update(
                renamed, product.Slug, product.ShortDescription, product.Description, 11m, product.CategoryId);
            await db.SaveChangesAsync();
        }));
        var saved = await factory.ProductAsync(product.Slug);
        Assert.Equal((11m, "Renamed product"), (saved.Price, saved.Name.English));
    }

    [Fact]
    public async Task A_save_inside_a_transaction_is_one_change_told_at_the_commit()
    {
        var product = await factory.AddProductAsync(stock: 5);

        Assert.Equal(1, await ChangesDuringAsync(async db =>
        {
            var atStart = Generation;
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.Products.SingleAsync(p => p.Id == product.Id)).SetStock(4);
            await db.SaveChangesAsync();
            (await db.Products.SingleAsync(p => p.Id == product.Id)).SetStock(3);
            await db.SaveChangesAsync();
            // Before the commit other readers still see 5: forgetting now would let them keep it.
            Assert.Equal(atStart, Generation);
            await transaction.CommitAsync();
        }));
        Assert.Equal(3, (await factory.ProductAsync(product.Slug)).Stock);
    }

    [Fact]
    public async Task A_rolled_back_change_and_a_save_that_touches_no_product_change_nothing()
    {
        var product = await factory.AddProductAsync(stock: 5);
        var email = ShopWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(email);

        Assert.Equal(0, await ChangesDuringAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.Products.SingleAsync(p => p.Id == product.Id)).SetStock(4);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }));
        Assert.Equal(0, await ChangesDuringAsync(async db =>
        {
            // A product read and left alone, beside a change of something else.
            await db.Products.SingleAsync(p => p.Id == product.Id);
            (await db.Users.SingleAsync(u => u.Email == email)).PhoneNumber = "13800000000";
            await db.SaveChangesAsync();
        }));
        var detections = 0;
        Assert.Equal(0, await ChangesDuringAsync(async db =>
        {
            // A save tracking no product nor category, as a notification's: only EF's own detection runs.
            (await db.Users.SingleAsync(u => u.Email == email)).PhoneNumber = "13900000000";
            void Count(object? sender, DetectChangesEventArgs e) => detections++;
            db.ChangeTracker.DetectingAllChanges += Count;
            await db.SaveChangesAsync();
            // The context goes back to the pool.
            db.ChangeTracker.DetectingAllChanges -= Count;
        }));
        Assert.Equal(1, detections);
        Assert.Equal(5, (await factory.ProductAsync(product.Slug)).Stock);
    }

    [Fact]
    public async Task No_entity_but_a_product_points_to_a_product_or_a_category()
    {
        // What lets a save that tracks no product nor category skip detecting changes (CatalogEntries).
        var catalog = new[] { typeof(Product), typeof(Category) };
        var pointing = await factory.QueryAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .SelectMany(type => type.GetNavigations().Cast<INavigationBase>().Concat(type.GetSkipNavigations()))
            .Where(navigation => catalog.Contains(navigation.TargetEntityType.ClrType))
            .Select(navigation => $"{navigation.DeclaringEntityType.ClrType.Name}.{navigation.Name}")
            .ToList()));

        Assert.Equal(["Product.Category"], pointing);
    }
}
