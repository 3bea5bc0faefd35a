using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Catalog;

namespace Shop.Web.Data.Configurations;

public class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ComplexProperty(p => p.Name, name => name.HasLanguageColumns("Name", Product.NameMaxLength));
        builder.Property(p => p.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.ComplexProperty(p => p.ShortDescription, text => text.HasLanguageColumns("ShortDescription", Product.ShortDescriptionMaxLength));
        builder.ComplexProperty(p => p.Description, text => text.HasLanguageColumns("Description", Product.DescriptionMaxLength));
        builder.Property(p => p.Price).HasPrecision(12, 2);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Delivery).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ImageUrl).HasMaxLength(300);
        builder.Property(p => p.DeliveryFileName).HasMaxLength(300);
        builder.Property(p => p.Stock).IsConcurrencyToken();
        builder.HasOne(p => p.Category).WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.IsPublished, p.CategoryId });
        builder.Ignore(p => p.TracksStock);
        builder.Ignore(p => p.AvailableQuantity);
        builder.Ignore(p => p.IsAvailable);
    }
}
