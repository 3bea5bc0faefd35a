using Shop.Domain.Catalog.Search;

namespace Shop.Tests.Domain.Search;

public class SearchQueryTests
{
    [Fact]
    public void Each_word_must_match_and_the_last_one_being_typed_may_be_a_prefix()
    {
        var query = SearchQuery.Parse("Green TE");

        Assert.Equal("green te", query.Text);
        Assert.Equal("\"green\" AND \"te\"*", query.ToFts5Match());
        Assert.Equal("'green' & 'te':*", query.ToTsQuery());
    }

    [Theory]
    [InlineData("tea ")]
    [InlineData("tea\u3000")]
    [InlineData("tea.")]
    public void A_word_followed_by_a_space_or_punctuation_is_finished(string typed) =>
        Assert.Equal("\"tea\"", SearchQuery.Parse(typed).ToFts5Match());

    [Fact]
    public void A_Chinese_query_looks_for_its_pairs_and_is_never_a_prefix()
    {
        Assert.Equal("\"西湖\" AND \"湖龙\" AND \"龙井\"", SearchQuery.Parse("西湖 龙井").ToFts5Match());
        Assert.Equal("\"茶\"", SearchQuery.Parse("茶").ToFts5Match());
        Assert.Equal("\"龙井\" AND \"100g\"*", SearchQuery.Parse("龙井１００ｇ").ToFts5Match());
    }

    [Fact]
    public void Letters_that_may_be_pinyin_also_match_their_pairs_of_syllables_or_initials()
    {
        Assert.Equal(
            "(\"xihulongjing\" OR (\"xihu\" AND \"hulong\" AND \"longjing\"))",
            SearchQuery.Parse("xihulongjing ").ToFts5Match());
        Assert.Equal(
            "(\"xhlj\"* OR (\"xh\" AND \"hl\" AND \"lj\"))",
            SearchQuery.Parse("xhlj").ToFts5Match());
        Assert.Equal(
            "(\"hulongj\"* OR (\"hulong\" AND \"longj\"*))",
            SearchQuery.Parse("hulongj").ToFts5Match());
        Assert.Equal("\"longjing\"*", SearchQuery.Parse("longjing").ToFts5Match());
    }

    [Theory]
    [InlineData("\"tea", "\"tea\"*")]
    [InlineData("tea*", "\"tea\"")]
    [InlineData("-tea", "\"tea\"*")]
    [InlineData("tea NEAR green", "\"tea\" AND \"near\" AND \"green\"*")]
    [InlineData("NEAR(tea green)", "\"near\" AND \"tea\" AND \"green\"")]
    [InlineData("a OR b", "\"a\" AND \"or\" AND \"b\"*")]
    [InlineData("tea AND NOT pot", "\"tea\" AND \"and\" AND \"not\" AND \"pot\"*")]
    [InlineData("name:tea", "\"name\" AND \"tea\"*")]
    [InlineData("^tea", "\"tea\"*")]
    [InlineData("(tea) OR (pot", "\"tea\" AND \"or\" AND \"pot\"*")]
    [InlineData("'; DROP TABLE products; --", "\"drop\" AND \"table\" AND \"products\"")]
    [InlineData("tea tea", "\"tea\"")]
    public void Operators_typed_by_a_buyer_are_text(string typed, string match) =>
        Assert.Equal(match, SearchQuery.Parse(typed).ToFts5Match());

    [Fact]
    public void The_tsquery_quotes_every_token_the_same_way()
    {
        Assert.Equal("'tea' & 'or' & 'b':*", SearchQuery.Parse("tea | OR & !b").ToTsQuery());
        Assert.Equal("('xhlj' | ('xh' & 'hl' & 'lj'))", SearchQuery.Parse("xhlj ").ToTsQuery());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("\"\" - ( ) : ^ *")]
    public void A_query_of_nothing_but_operators_is_empty_and_has_no_expression(string? typed)
    {
        var query = SearchQuery.Parse(typed);

        Assert.True(query.IsEmpty);
        Assert.Throws<InvalidOperationException>(query.ToFts5Match);
        Assert.Throws<InvalidOperationException>(query.ToTsQuery);
    }

    [Fact]
    public void A_very_long_query_is_cut_to_the_longest_searched()
    {
        var query = SearchQuery.Parse(string.Concat(Enumerable.Repeat("tea ", 20)) + new string('龙', 200));

        Assert.Equal(SearchQuery.MaxLength, query.Text.Length);
        Assert.Equal(["tea", "龙龙"], query.Clauses.SelectMany(clause => clause.Alternatives.SelectMany(terms => terms)).Select(term => term.Token).Distinct());
    }
}
