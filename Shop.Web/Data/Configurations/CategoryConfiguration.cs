using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Catalog;

namespace Shop.Web.Data.Configurations;

public class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ComplexProperty(c => c.Name, name => name.HasLanguageColumns("Name", Category.NameMaxLength));
        builder.Property(c => c.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.ComplexProperty(c => c.Description, text => text.HasLanguageColumns("Description", Category.DescriptionMaxLength));
    }
}
