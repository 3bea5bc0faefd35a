using Shop.Domain.Catalog;

namespace Shop.Tests.Domain;

public class CategoryTests
{
    [Fact]
    public void A_category_keeps_its_trimmed_names_and_drops_an_empty_description()
    {
        var category = new Category(new LocalizedText("  茶叶 ", " Tea"), "tea", new LocalizedText("   ", ""), 3);

        Assert.Equal(new LocalizedText("茶叶", "Tea"), category.Name);
        Assert.True(category.Description.IsEmpty);
        Assert.Equal(3, category.SortOrder);
    }

    [Fact]
    public void A_category_is_named_in_one_language_at_least()
    {
        Assert.Equal("Tea", new Category(new LocalizedText(null, "Tea"), "tea").Name.In(Language.Chinese));
        Assert.Throws<ArgumentException>(() => new Category(new LocalizedText(" ", null), "tea"));
    }

    [Fact]
    public void A_refused_update_changes_nothing()
    {
        var category = new Category(new LocalizedText("茶叶", "Tea"), "tea", new LocalizedText("好茶", "Good tea"), 1);
        var books = new LocalizedText("图书", "Books");

        Assert.Throws<ArgumentException>(() => category.Update(LocalizedText.Empty, "tea", LocalizedText.Empty, 2));
        Assert.Throws<ArgumentException>(() => category.Update(books, "Books", LocalizedText.Empty, 2));
        Assert.Throws<ArgumentException>(() => category.Update(new LocalizedText("图书", new string('b', Category.NameMaxLength + 1)), "books", LocalizedText.Empty, 2));
        Assert.Throws<ArgumentException>(() => category.Update(books, "books", new LocalizedText(null, new string('x', Category.DescriptionMaxLength + 1)), 2));

        Assert.Equal(
            (new LocalizedText("茶叶", "Tea"), "tea", new LocalizedText("好茶", "Good tea"), 1),
            (category.Name, category.Slug, category.Description, category.SortOrder));
    }
}
