using Shop.Domain.Catalog.Search;

namespace Shop.Tests.Domain.Search;

public class SearchTextTests
{
    [Theory]
    [InlineData("tea", "tea")]
    [InlineData("Tea", "tea")]
    [InlineData("TEA", "tea")]
    [InlineData("ＴＥＡ", "tea")]
    [InlineData("１００ｇ", "100g")]
    [InlineData("Ｇｒｅｅｎ　Ｔｅａ", "green tea")]
    [InlineData("（全三册）", "(全三册)")]
    [InlineData("  green \t\n  tea  ", "green tea")]
    [InlineData("café Crème", "cafe creme")]
    [InlineData("Lóngjǐng", "longjing")]
    [InlineData("lǜchá", "lucha")]
    [InlineData("①ﬁ", "1fi")]
    public void Case_width_accents_and_spaces_are_ignored(string text, string normalized) =>
        Assert.Equal(normalized, SearchText.Normalize(text));

    [Theory]
    [InlineData("龙 井", "龙井")]
    [InlineData("龙　井", "龙井")]
    [InlineData("明前 西湖 龙井 100g", "明前西湖龙井 100g")]
    [InlineData("西湖 longjing 龙井", "西湖 longjing 龙井")]
    public void Spaces_between_two_Chinese_characters_are_dropped_and_others_kept(string text, string normalized) =>
        Assert.Equal(normalized, SearchText.Normalize(text));

    [Fact]
    public void Marks_that_change_a_letter_in_other_scripts_are_kept()
    {
        Assert.Equal("がっこう", SearchText.Normalize("がっこう"));
        Assert.Equal("ガ", SearchText.Normalize("ｶﾞ"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \u3000 ")]
    public void Nothing_normalizes_to_the_empty_string(string? text) =>
        Assert.Equal("", SearchText.Normalize(text));
}
