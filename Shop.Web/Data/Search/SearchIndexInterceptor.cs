using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Shop.Domain.Catalog;
using Shop.Web.Features.Catalog;

namespace Shop.Web.Data.Search;

/// <summary>
/// Keeps the full-text index in step with the catalog, in the same transaction as the change,
/// whoever saves it (the admin's forms, the seed, an import, a test): a product added, or changed
/// in its texts or category, gets its row written again; a product deleted loses its row; a
/// category renamed has its products' rows written again. Changes that search does not see (stock,
/// price, publishing) write nothing. When the save had no transaction of its own, one is begun here
/// and committed once the index is written, so the index never tells of a product that is not
/// saved, nor misses one that is. Afterwards the catalog's words for "did you mean" are made again
/// on next use.
/// </summary>
public sealed class SearchIndexInterceptor(ProductSearchIndexer indexer, CatalogVocabulary vocabulary) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, PendingIndexChanges> _pending = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ShopDbContext db && PendingIndexChanges.Find(db.ChangeTracker) is { } changes)
        {
            if (db.Database.CurrentTransaction is null)
            {
                changes.OwnTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
            }
            _pending.AddOrUpdate(db, changes);
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ShopDbContext db && _pending.TryGetValue(db, out var changes))
        {
            _pending.Remove(db);
            await using (changes.OwnTransaction)
            {
                var renamed = changes.RenamedCategoryIds.Count == 0
                    ? []
                    : await ProductSearchIndexer.ProductsOfAsync(db, changes.RenamedCategoryIds, cancellationToken);
                await indexer.RemoveAsync(db, changes.DeletedProductIds, cancellationToken);
                await indexer.ReindexAsync(db, [.. changes.ChangedProducts.Select(p => p.Id), .. renamed], cancellationToken);
                if (changes.OwnTransaction is { } transaction)
                {
                    await transaction.CommitAsync(cancellationToken);
                }
            }
            vocabulary.Invalidate();
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && _pending.TryGetValue(db, out var changes))
        {
            _pending.Remove(db);
            if (changes.OwnTransaction is { } transaction)
            {
                // Disposing rolls back: the save failed, nothing of it stays.
                await transaction.DisposeAsync();
            }
        }
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is ShopDbContext db && PendingIndexChanges.Find(db.ChangeTracker) is not null
            ? throw new InvalidOperationException("Products and categories are saved with SaveChangesAsync: the search index is kept in step only there.")
            : result;

    /// <summary>What a save changes that the index must follow, found before the save (after it, added products have their ids).</summary>
    private sealed class PendingIndexChanges
    {
        public List<Product> ChangedProducts { get; } = [];
        public List<int> DeletedProductIds { get; } = [];
        public List<int> RenamedCategoryIds { get; } = [];
        public IDbContextTransaction? OwnTransaction { get; set; }

        public static PendingIndexChanges? Find(ChangeTracker tracker)
        {
            var changes = new PendingIndexChanges();
            foreach (var entry in CatalogEntries.ToSave(tracker))
            {
                switch (entry)
                {
                    case { Entity: Product product, State: EntityState.Added }:
                        changes.ChangedProducts.Add(product);
                        break;
                    case { Entity: Product product, State: EntityState.Modified } when IsSearchedChange(entry):
                        changes.ChangedProducts.Add(product);
                        break;
                    case { Entity: Product product, State: EntityState.Deleted }:
                        changes.DeletedProductIds.Add(product.Id);
                        break;
                    case { Entity: Category category, State: EntityState.Modified } when entry.ComplexProperty(nameof(Category.Name)).IsModified:
                        changes.RenamedCategoryIds.Add(category.Id);
                        break;
                }
            }
            return changes.ChangedProducts.Count + changes.DeletedProductIds.Count + changes.RenamedCategoryIds.Count > 0 ? changes : null;
        }

        private static bool IsSearchedChange(EntityEntry entry) =>
            entry.ComplexProperty(nameof(Product.Name)).IsModified
            || entry.ComplexProperty(nameof(Product.ShortDescription)).IsModified
            || entry.ComplexProperty(nameof(Product.Description)).IsModified
            || entry.Property(nameof(Product.CategoryId)).IsModified;
    }
}
