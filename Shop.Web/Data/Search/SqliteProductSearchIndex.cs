using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog.Search;

namespace Shop.Web.Data.Search;

/// <summary>
/// The full-text index of the catalog in SQLite: every statement that knows it is an FTS5 table is
/// here, and nowhere else (PostgreSQL's is <see cref="PostgresProductSearchIndex"/>; docs/architecture.md: Search).
/// <para>
/// The table <c>product_search</c> is an FTS5 virtual table created by the migration
/// <c>CatalogInTwoLanguages</c>; it is not part of the EF model (EF Core cannot map a virtual
/// table), so it is reached through SQL with parameters. A row's <c>rowid</c> is the product's id,
/// and its five columns hold the product's tokens as <see cref="ProductSearchDocument"/> makes them
/// (both languages, pinyin, the category's names), separated by spaces: the plain <c>unicode61</c>
/// tokenizer only has to split on them. Queries are <see cref="SearchQuery.ToFts5Match"/>, passed as
/// a parameter, in which every token a buyer typed is quoted.
/// </para>
/// </summary>
public class SqliteProductSearchIndex : IProductSearchIndex
{
    /// <summary>
    /// The weight of each column in the index's rank (FTS5's bm25), in the table's order: name, pinyin,
    /// category, short description, full description. The rank only chooses which products the
    /// shop's own ranking (<see cref="SearchRanking"/>) looks at when a query finds very many.
    /// </summary>
    private const string Bm25 = "bm25(product_search, 10.0, 8.0, 4.0, 2.0, 1.0)";

    /// <summary>The ids of the products that match the query, as a subquery to compose with LINQ.</summary>
    public IQueryable<int> Matching(ShopDbContext db, SearchQuery query) =>
        db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM product_search WHERE product_search MATCH {query.ToFts5Match()}");

    /// <summary>The products that match the query with the index's rank, as a subquery to compose with LINQ.</summary>
    public IQueryable<SearchHit> Ranked(ShopDbContext db, SearchQuery query) =>
        db.Database.SqlQuery<SearchHit>(
            $"SELECT rowid AS \"ProductId\", {Bm25} AS \"Rank\" FROM product_search WHERE product_search MATCH {query.ToFts5Match()}");

    /// <summary>
    /// Writes the rows of these products, replacing any they had, in the context's transaction: one
    /// DELETE and one INSERT for them all, their values in one JSON parameter read with <c>json_each</c>.
    /// </summary>
    public async Task WriteAsync(ShopDbContext db, IReadOnlyCollection<(int ProductId, ProductSearchDocument Document)> rows, CancellationToken cancellationToken = default)
    {
        if (rows.Count == 0)
        {
            return;
        }
        await RemoveAsync(db, rows.Select(row => row.ProductId), cancellationToken);
        var json = JsonSerializer.Serialize(rows.Select(row => new object[]
        {
            row.ProductId, row.Document.Name, row.Document.Pinyin, row.Document.Category, row.Document.ShortDescription, row.Document.FullDescription,
        }));
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO product_search (rowid, name, pinyin, category, short_description, full_description)
            SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 FROM json_each({json})
            """,
            cancellationToken);
    }

    /// <summary>Removes the rows of these products (deleted ones, or ones about to be written again).</summary>
    public async Task RemoveAsync(ShopDbContext db, IEnumerable<int> productIds, CancellationToken cancellationToken = default)
    {
        var json = JsonSerializer.Serialize(productIds);
        if (json != "[]")
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM product_search WHERE rowid IN (SELECT value FROM json_each({json}))", cancellationToken);
        }
    }

    /// <summary>Empties the index, before it is written again from the catalog.</summary>
    public Task ClearAsync(ShopDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlAsync($"DELETE FROM product_search", cancellationToken);

    /// <summary>How many products the index holds a row for.</summary>
    public Task<int> CountAsync(ShopDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM product_search").SingleAsync(cancellationToken);
}
