using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog.Search;

namespace Shop.Web.Data.Search;

/// <summary>
/// The full-text index of the catalog in PostgreSQL: the table <c>product_search</c>
/// (<see cref="ProductSearchRowConfiguration"/>), whose stored <c>document</c> column is the
/// weighted <c>tsvector</c> of the row's tokens, under a GIN index. Queries are
/// <see cref="SearchQuery.ToTsQuery"/> passed as a parameter to <c>to_tsquery('simple', ...)</c>
/// (every token quoted, read by the same configuration as the indexed text); rows are written
/// with arrays as parameters (<c>unnest</c>), in the caller's transaction.
/// </summary>
public class PostgresProductSearchIndex : IProductSearchIndex
{
    public IQueryable<int> Matching(ShopDbContext db, SearchQuery query) =>
        db.Database.SqlQuery<int>($"SELECT product_id AS \"Value\" FROM product_search WHERE document @@ to_tsquery('simple', {query.ToTsQuery()})");

    // ts_rank is larger for better matches; the shop's rank is smaller for better ones. The
    // weights of D, C, B, A follow the columns' weights on SQLite (1, 2, 4, 10).
    public IQueryable<SearchHit> Ranked(ShopDbContext db, SearchQuery query) =>
        db.Database.SqlQuery<SearchHit>(
            $"""
            SELECT product_id AS "ProductId", CAST(-ts_rank(CAST(ARRAY[0.1, 0.2, 0.4, 1.0] AS real[]), document, to_tsquery('simple', {query.ToTsQuery()})) AS double precision) AS "Rank"
            FROM product_search WHERE document @@ to_tsquery('simple', {query.ToTsQuery()})
            """);

    public async Task WriteAsync(ShopDbContext db, IReadOnlyCollection<(int ProductId, ProductSearchDocument Document)> rows, CancellationToken cancellationToken = default)
    {
        if (rows.Count == 0)
        {
            return;
        }
        await RemoveAsync(db, rows.Select(row => row.ProductId), cancellationToken);
        var ids = rows.Select(row => row.ProductId).ToArray();
        var names = rows.Select(row => row.Document.Name).ToArray();
        var pinyin = rows.Select(row => row.Document.Pinyin).ToArray();
        var categories = rows.Select(row => row.Document.Category).ToArray();
        var shortDescriptions = rows.Select(row => row.Document.ShortDescription).ToArray();
        var fullDescriptions = rows.Select(row => row.Document.FullDescription).ToArray();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO product_search (product_id, name, pinyin, category, short_description, full_description)
            SELECT * FROM unnest({ids}, {names}, {pinyin}, {categories}, {shortDescriptions}, {fullDescriptions})
            """,
            cancellationToken);
    }

    public async Task RemoveAsync(ShopDbContext db, IEnumerable<int> productIds, CancellationToken cancellationToken = default)
    {
        var ids = productIds.ToArray();
        if (ids.Length > 0)
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM product_search WHERE product_id = ANY({ids})", cancellationToken);
        }
    }

    public Task ClearAsync(ShopDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlAsync($"DELETE FROM product_search", cancellationToken);

    public Task<int> CountAsync(ShopDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.SqlQuery<int>($"SELECT CAST(count(*) AS integer) AS \"Value\" FROM product_search").SingleAsync(cancellationToken);
}
