using Shop.Domain.Catalog.Search;

namespace Shop.Web.Data.Search;

/// <summary>
/// The catalog's full-text index in the configured database: every statement that knows how the
/// index is stored is in an implementation of this (<see cref="SqliteProductSearchIndex"/>,
/// <see cref="PostgresProductSearchIndex"/>). Both hold a row per product of the tokens
/// <see cref="ProductSearchDocument"/> makes, match the tokens of a <see cref="SearchQuery"/>
/// passed as a parameter, and are written in the caller's transaction.
/// </summary>
public interface IProductSearchIndex
{
    /// <summary>The ids of the products that match the query, as a subquery to compose with LINQ.</summary>
    IQueryable<int> Matching(ShopDbContext db, SearchQuery query);

    /// <summary>The products that match the query with the index's rank (smaller is better), as a subquery to compose with LINQ.</summary>
    IQueryable<SearchHit> Ranked(ShopDbContext db, SearchQuery query);

    /// <summary>Writes the rows of these products, replacing any they had, in the context's transaction.</summary>
    Task WriteAsync(ShopDbContext db, IReadOnlyCollection<(int ProductId, ProductSearchDocument Document)> rows, CancellationToken cancellationToken = default);

    /// <summary>Removes the rows of these products (deleted ones, or ones about to be written again).</summary>
    Task RemoveAsync(ShopDbContext db, IEnumerable<int> productIds, CancellationToken cancellationToken = default);

    /// <summary>Empties the index, before it is written again from the catalog.</summary>
    Task ClearAsync(ShopDbContext db, CancellationToken cancellationToken = default);

    /// <summary>How many products the index holds a row for.</summary>
    Task<int> CountAsync(ShopDbContext db, CancellationToken cancellationToken = default);
}
