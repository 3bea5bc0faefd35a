using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;

namespace Shop.Web.Data.Configurations;

public class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ComplexProperty(l => l.ProductName, name => name.HasLanguageColumns("ProductName", Product.NameMaxLength));
        builder.Property(l => l.UnitPrice).HasPrecision(12, 2);
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Delivery).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(l => l.LineTotal);
        // A product that was ever ordered is unpublished, never deleted.
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
