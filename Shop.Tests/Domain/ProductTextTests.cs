using Shop.Domain.Catalog;

namespace Shop.Tests.Domain;

/// <summary>A product's name and descriptions in two languages: at least one name, each language within its length.</summary>
public class ProductTextTests
{
    private static Product Teapot(LocalizedText name, LocalizedText? shortDescription = null, LocalizedText? description = null) =>
        new(name, "teapot", shortDescription ?? LocalizedText.Empty, description ?? LocalizedText.Empty, 268m, ProductKind.Physical, 1, DateTime.UtcNow);

    [Fact]
    public void A_product_named_in_one_language_is_read_in_that_one_in_both()
    {
        var teapot = Teapot(new LocalizedText("景德镇手绘茶壶", null));

        Assert.Equal("景德镇手绘茶壶", teapot.Name.In(Language.English));
        Assert.True(teapot.IsMissingTextIn(Language.English));
        Assert.False(teapot.IsMissingTextIn(Language.Chinese));
    }

    [Fact]
    public void A_product_needs_a_name_in_some_language()
    {
        Assert.Throws<ArgumentException>(() => Teapot(LocalizedText.Empty));
        Assert.Throws<ArgumentException>(() => Teapot(new LocalizedText(" ", "\t")));
    }

    [Fact]
    public void Each_language_is_held_to_the_length_of_its_field()
    {
        var longest = new string('茶', Product.NameMaxLength);
        Assert.Equal(longest, Teapot(new LocalizedText(longest, longest)).Name.Chinese);

        Assert.Throws<ArgumentException>(() => Teapot(new LocalizedText("茶壶", new string('t', Product.NameMaxLength + 1))));
        Assert.Throws<ArgumentException>(() => Teapot(new LocalizedText("茶壶", null), new LocalizedText(new string('字', Product.ShortDescriptionMaxLength + 1), null)));
        Assert.Throws<ArgumentException>(() => Teapot(new LocalizedText("茶壶", null), null, new LocalizedText(null, new string('w', Product.DescriptionMaxLength + 1))));
    }

    [Fact]
    public void A_refused_update_changes_no_text()
    {
        var teapot = Teapot(new LocalizedText("茶壶", "Teapot"), new LocalizedText("手绘", "Hand-painted"));

        Assert.Throws<ArgumentException>(() => teapot.Update(
            new LocalizedText("新茶壶", "New teapot"), "teapot", new LocalizedText(null, new string('x', Product.ShortDescriptionMaxLength + 1)),
            LocalizedText.Empty, 268m, 1));

        Assert.Equal((new LocalizedText("茶壶", "Teapot"), new LocalizedText("手绘", "Hand-painted")), (teapot.Name, teapot.ShortDescription));
    }

    [Fact]
    public void The_texts_search_looks_at_are_both_languages_and_the_category_s_names()
    {
        var teapot = Teapot(new LocalizedText("景德镇手绘茶壶", "Hand-painted Teapot"), new LocalizedText("青花", "Blue and white"), new LocalizedText(null, "300 ml"));

        var searchable = Shop.Domain.Catalog.Search.SearchableProduct.Of(teapot, new LocalizedText("家居", "Home"));

        Assert.Equal(
            ("景德镇手绘茶壶", "Hand-painted Teapot", "青花", "Blue and white", null, "300 ml"),
            (searchable.ChineseName, searchable.EnglishName, searchable.ChineseShortDescription, searchable.EnglishShortDescription,
                searchable.ChineseFullDescription, searchable.EnglishFullDescription));
        Assert.Equal(["家居", "Home"], searchable.CategoryNames);
    }
}
