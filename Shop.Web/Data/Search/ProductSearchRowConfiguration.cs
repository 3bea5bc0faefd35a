using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Catalog;

namespace Shop.Web.Data.Search;

/// <summary>
/// The table <c>product_search</c> on PostgreSQL (docs/architecture.md: Search), applied by
/// <see cref="PostgresShopDbContext"/> only. Each column holds tokens separated by single spaces;
/// the stored <c>tsvector</c> reads them with the <c>simple</c> configuration (no stemming, no stop
/// words, like SQLite's FTS5 over the same text), weighted name and pinyin A, category B, short
/// description C, full description D; a GIN index serves <c>@@</c>. A row goes with its product.
/// </summary>
public class ProductSearchRowConfiguration : IEntityTypeConfiguration<ProductSearchRow>
{
    private const string Document =
        "setweight(to_tsvector('simple', name), 'A') || "
        + "setweight(to_tsvector('simple', pinyin), 'A') || "
        + "setweight(to_tsvector('simple', category), 'B') || "
        + "setweight(to_tsvector('simple', short_description), 'C') || "
        + "setweight(to_tsvector('simple', full_description), 'D')";

    public void Configure(EntityTypeBuilder<ProductSearchRow> builder)
    {
        builder.ToTable("product_search");
        builder.HasKey(r => r.ProductId);
        builder.Property(r => r.ProductId).HasColumnName("product_id").ValueGeneratedNever();
        builder.Property(r => r.Name).HasColumnName("name");
        builder.Property(r => r.Pinyin).HasColumnName("pinyin");
        builder.Property(r => r.Category).HasColumnName("category");
        builder.Property(r => r.ShortDescription).HasColumnName("short_description");
        builder.Property(r => r.FullDescription).HasColumnName("full_description");
        builder.Property(r => r.Document).HasColumnName("document").HasComputedColumnSql(Document, stored: true);
        builder.HasIndex(r => r.Document).HasMethod("GIN");
        builder.HasOne<Product>().WithOne().HasForeignKey<ProductSearchRow>(r => r.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
