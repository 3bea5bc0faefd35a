using Shop.Domain.Catalog.Search;

namespace Shop.Tests.Domain.Search;

public class SearchTokenizerTests
{
    [Fact]
    public void Words_and_Chinese_runs_are_split_by_anything_that_is_neither_letter_nor_digit()
    {
        var segments = SearchTokenizer.Segment(SearchText.Normalize("USB-C 编织数据线 1m, \"tea\"*"));

        Assert.Equal(
            [new("usb", false), new("c", false), new("编织数据线", true), new("1m", false), new("tea", false)],
            segments);
    }

    [Fact]
    public void A_Chinese_run_is_indexed_as_each_character_and_each_overlapping_pair()
    {
        var tokens = SearchTokenizer.IndexTokens(SearchText.Normalize("明前西湖龙井 100g"));

        Assert.Equal(
            ["明", "前", "西", "湖", "龙", "井", "明前", "前西", "西湖", "湖龙", "龙井", "100g"],
            tokens);
    }

    [Fact]
    public void Chinese_next_to_Latin_letters_is_its_own_run()
    {
        var tokens = SearchTokenizer.IndexTokens(SearchText.Normalize("Python编程入门"));

        Assert.Equal(["python", "编", "程", "入", "门", "编程", "程入", "入门"], tokens);
    }

    [Theory]
    [InlineData("茶", new[] { "茶" })]
    [InlineData("红茶", new[] { "红茶" })]
    [InlineData("西湖龙井", new[] { "西湖", "湖龙", "龙井" })]
    public void A_Chinese_query_looks_for_its_character_or_all_its_pairs(string run, string[] tokens) =>
        Assert.Equal(tokens, SearchTokenizer.QueryTokens(run));

    [Fact]
    public void A_character_beyond_the_basic_plane_is_one_character()
    {
        var tokens = SearchTokenizer.IndexTokens("𠀀茶");

        Assert.Equal(["𠀀", "茶", "𠀀茶"], tokens);
    }
}
