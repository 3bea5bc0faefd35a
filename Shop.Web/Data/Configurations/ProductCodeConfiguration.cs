using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;

namespace Shop.Web.Data.Configurations;

public class ProductCodeConfiguration : IEntityTypeConfiguration<ProductCode>
{
    public void Configure(EntityTypeBuilder<ProductCode> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(ProductCode.MaxLength).IsRequired();
        // A code is unique within its product's pool: uploading it twice is refused.
        builder.HasIndex(c => new { c.ProductId, c.Code }).IsUnique();
        builder.HasIndex(c => new { c.ProductId, c.OrderId });
        // Two orders delivered at once cannot both take the same code.
        builder.Property(c => c.OrderId).IsConcurrencyToken();
        builder.Ignore(c => c.IsSold);
        builder.HasOne<Product>().WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Order>().WithMany().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Restrict);
    }
}
