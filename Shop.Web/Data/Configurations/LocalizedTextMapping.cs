using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Shop.Domain.Catalog;

namespace Shop.Web.Data.Configurations;

/// <summary>
/// A <see cref="LocalizedText"/> is two columns of its entity's table, named after the property and
/// the language: <c>NameZh</c> and <c>NameEn</c>, null where the text is not written.
/// </summary>
public static class LocalizedTextMapping
{
    public static void HasLanguageColumns(this ComplexPropertyBuilder<LocalizedText> text, string name, int maxLength)
    {
        text.Property(t => t.Chinese).HasColumnName(name + "Zh").HasMaxLength(maxLength);
        text.Property(t => t.English).HasColumnName(name + "En").HasMaxLength(maxLength);
    }
}
