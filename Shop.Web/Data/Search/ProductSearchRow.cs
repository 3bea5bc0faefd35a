using NpgsqlTypes;
using Shop.Domain.Catalog.Search;

namespace Shop.Web.Data.Search;

/// <summary>
/// One product's row of the full-text index on PostgreSQL (<see cref="PostgresProductSearchIndex"/>):
/// the columns of <see cref="ProductSearchDocument"/> and the weighted
/// <c>tsvector</c> the database computes from them. Mapped only so that the migrations create the
/// table; rows are read and written by <see cref="PostgresProductSearchIndex"/>'s SQL.
/// </summary>
public class ProductSearchRow
{
    public int ProductId { get; set; }
    public string Name { get; set; } = "";
    public string Pinyin { get; set; } = "";
    public string Category { get; set; } = "";
    public string ShortDescription { get; set; } = "";
    public string FullDescription { get; set; } = "";
    public NpgsqlTsVector? Document { get; set; }
}
