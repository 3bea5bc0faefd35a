using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Domain.Catalog.Search;

namespace Shop.Web.Data.Search;

/// <summary>
/// Writes products' rows of the full-text index from the catalog as it is in the database: the
/// product's texts in both languages and its category's names (<see cref="ProductSearchDocument"/>).
/// Used when products or categories change (<see cref="SearchIndexInterceptor"/>) and to rebuild
/// the whole index (<c>rebuild-search-index</c>).
/// </summary>
public class ProductSearchIndexer(IProductSearchIndex index)
{
    // Products read and written at a time while rebuilding: a large catalog never sits in memory whole.
    private const int BatchSize = 500;

    /// <summary>Writes again the rows of these products (those that no longer exist are removed), in the context's transaction.</summary>
    public async Task ReindexAsync(ShopDbContext db, IReadOnlyCollection<int> productIds, CancellationToken cancellationToken = default)
    {
        foreach (var batch in productIds.Distinct().Chunk(BatchSize))
        {
            var rows = await DocumentsAsync(db.Products.Where(p => batch.Contains(p.Id)), cancellationToken);
            await index.RemoveAsync(db, batch.Except(rows.Select(row => row.ProductId)), cancellationToken);
            await index.WriteAsync(db, rows, cancellationToken);
        }
    }

    /// <summary>The ids of the products filed under these categories.</summary>
    public static Task<List<int>> ProductsOfAsync(ShopDbContext db, IReadOnlyCollection<int> categoryIds, CancellationToken cancellationToken = default) =>
        db.Products.Where(p => categoryIds.Contains(p.CategoryId)).Select(p => p.Id).ToListAsync(cancellationToken);

    public Task RemoveAsync(ShopDbContext db, IReadOnlyCollection<int> productIds, CancellationToken cancellationToken = default) =>
        index.RemoveAsync(db, productIds, cancellationToken);

    /// <summary>
    /// Empties the index and writes every product's row again, in one transaction: searches see the
    /// old index until the new one is complete. Returns how many products were indexed.
    /// </summary>
    public async Task<int> RebuildAsync(ShopDbContext db, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await index.ClearAsync(db, cancellationToken);
        var count = 0;
        var lastId = 0;
        while (true)
        {
            var rows = await DocumentsAsync(db.Products.Where(p => p.Id > lastId).OrderBy(p => p.Id).Take(BatchSize), cancellationToken);
            if (rows.Count == 0)
            {
                break;
            }
            await index.WriteAsync(db, rows, cancellationToken);
            count += rows.Count;
            lastId = rows[^1].ProductId;
        }
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>Builds the index when it is empty and the catalog is not (a database migrated from before the index).</summary>
    public async Task BuildIfEmptyAsync(ShopDbContext db, CancellationToken cancellationToken = default)
    {
        if (await index.CountAsync(db, cancellationToken) == 0 && await db.Products.AnyAsync(cancellationToken))
        {
            await RebuildAsync(db, cancellationToken);
        }
    }

    private static async Task<List<(int ProductId, ProductSearchDocument Document)>> DocumentsAsync(
        IQueryable<Product> products, CancellationToken cancellationToken)
    {
        var found = await products.AsNoTracking().Include(p => p.Category).ToListAsync(cancellationToken);
        return found
            .Select(p => (p.Id, ProductSearchDocument.For(SearchableProduct.Of(p, p.Category?.Name ?? LocalizedText.Empty))))
            .ToList();
    }
}
