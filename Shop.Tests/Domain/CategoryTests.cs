using Shop.Domain.Catalog;

namespace Shop.Tests.Domain;

public class CategoryTests
{
    [Fact]
    public void A_category_keeps_its_trimmed_name_and_drops_an_empty_description()
    {
        var category = new Category("  茶叶 ", "tea", "   ", 3);

        Assert.Equal("茶叶", category.Name);
        Assert.Null(category.Description);
        Assert.Equal(3, category.SortOrder);
    }

    [Fact]
    public void A_refused_update_changes_nothing()
    {
        var category = new Category("茶叶", "tea", "好茶", 1);

        Assert.Throws<ArgumentException>(() => category.Update("", "tea", null, 2));
        Assert.Throws<ArgumentException>(() => category.Update("图书", "Books", null, 2));
        Assert.Throws<ArgumentException>(() => category.Update("图书", "books", new string('字', Category.DescriptionMaxLength + 1), 2));

        Assert.Equal(("茶叶", "tea", "好茶", 1), (category.Name, category.Slug, category.Description, category.SortOrder));
    }
}
