using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Cart;

namespace Shop.Web.Data.Configurations;

public class CartLineConfiguration : IEntityTypeConfiguration<CartLine>
{
    public void Configure(EntityTypeBuilder<CartLine> builder)
    {
        // No foreign key to the product on purpose: a deleted product must leave its line behind,
        // so that the cart can tell the buyer it dropped out instead of silently losing it.
        builder.HasIndex("CartId", nameof(CartLine.ProductId)).IsUnique();
        // Two requests changing one line at once: the second is refused and applied again.
        builder.Property(l => l.Quantity).IsConcurrencyToken();
    }
}
