using Shop.Domain.Catalog;

namespace Shop.Tests.Domain;

public class SlugTests
{
    [Theory]
    [InlineData("Longjing Green Tea", "longjing-green-tea")]
    [InlineData("  USB-C  Cable 1m! ", "usb-c-cable-1m")]
    [InlineData("明前龙井 100g", "100g")]
    [InlineData("三体", "")]
    public void From_keeps_ascii_letters_and_digits_joined_by_single_hyphens(string name, string slug) =>
        Assert.Equal(slug, Slug.From(name));

    [Theory]
    [InlineData("tea", true)]
    [InlineData("gift-card-50", true)]
    [InlineData("Tea", false)]
    [InlineData("-tea", false)]
    [InlineData("tea--cup", false)]
    [InlineData("", false)]
    [InlineData("茶", false)]
    public void IsValid_accepts_only_lower_case_hyphenated_slugs(string slug, bool valid) =>
        Assert.Equal(valid, Slug.IsValid(slug));
}
