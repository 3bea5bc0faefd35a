using Shop.Domain.Catalog.Search;

namespace Shop.Tests.Domain.Search;

public class SearchVocabularyTests
{
    private static readonly SearchVocabulary Catalog = SearchVocabulary.Of(SearchCatalog.Products.Values);

    [Theory]
    [InlineData("longjng", "longjing")]
    [InlineData("gren tea", "green tea")]
    [InlineData("Gren TEA", "green tea")]
    [InlineData("teapto", "teapot")]
    [InlineData("bambo organiser", "bamboo organizer")]
    [InlineData("fontain", "fountain")]
    [InlineData("mingqianxihulonjing", "mingqianxihulongjing")]
    [InlineData("chongqin", "chongqing")]
    [InlineData("龙井 longjng", "龙井 longjing")]
    [InlineData("longjng 100g", "longjing 100g")]
    public void A_misspelt_word_is_replaced_by_the_closest_word_of_the_catalog(string typed, string suggestion) =>
        Assert.Equal(suggestion, Catalog.DidYouMean(typed));

    [Theory]
    [InlineData("green tea")]
    [InlineData("longjing")]
    [InlineData("龙井")]
    [InlineData("xyzzy")]
    [InlineData("te")]
    [InlineData("999g")]
    [InlineData("")]
    public void Nothing_is_suggested_for_known_words_or_words_with_nothing_close(string typed) =>
        Assert.Null(Catalog.DidYouMean(typed));

    [Fact]
    public void The_vocabulary_has_words_of_both_languages_and_the_pinyin_of_Chinese_names()
    {
        Assert.Contains("longjing", Catalog.Words);
        Assert.Contains("xihu", Catalog.Words);
        Assert.Contains("hangzhou", Catalog.Words);
        Assert.Contains("stationery", Catalog.Words);
        Assert.DoesNotContain("龙井", Catalog.Words);
        Assert.DoesNotContain("mqxhlj", Catalog.Words);
    }

    [Fact]
    public void On_a_tie_the_more_frequent_word_wins()
    {
        var vocabulary = new SearchVocabulary(["the tea", "tea pot", "tea cup"]);

        Assert.Equal("tea", vocabulary.DidYouMean("tee"));
        Assert.Equal("the", new SearchVocabulary(["the the tea"]).DidYouMean("tee"));
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(9, 2)]
    [InlineData(10, 3)]
    public void Longer_words_may_have_more_mistakes(int length, int mistakes) =>
        Assert.Equal(mistakes, SearchVocabulary.MistakesAllowed(length));

    [Fact]
    public void A_word_too_far_from_every_word_gets_no_suggestion()
    {
        var vocabulary = new SearchVocabulary(["green"]);

        Assert.Null(vocabulary.DidYouMean("grxxn"));
        Assert.Equal("green", vocabulary.DidYouMean("grean"));
    }
}
