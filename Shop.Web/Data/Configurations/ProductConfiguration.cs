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
        // Every product of a category, published or not (the foreign key's checks, the admin's list).
        builder.HasIndex(p => p.CategoryId, "IX_Products_CategoryId");
        // The admin's product list: every product, newest first.
        builder.HasIndex(p => p.CreatedAt);
        // The listings show published products newest first, in the whole catalog and per category.
        // Partial indexes, because the listings filter on the bare column ("WHERE IsPublished"), which
        // SQLite cannot seek in an index that starts with IsPublished: with these the newest page and
        // the last page are read in index order, with no sort of the table.
        builder.HasIndex(p => p.CreatedAt, "IX_Products_Published_CreatedAt").HasFilter("\"IsPublished\"");
        builder.HasIndex(p => new { p.CategoryId, p.CreatedAt }, "IX_Products_Published_CategoryId_CreatedAt").HasFilter("\"IsPublished\"");
        builder.Ignore(p => p.TracksStock);
        builder.Ignore(p => p.AvailableQuantity);
        builder.Ignore(p => p.IsAvailable);
    }
}
