using Shop.Domain.Catalog.Search;

namespace Shop.Tests.Domain.Search;

public class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "tea", 3)]
    [InlineData("tea", "tea", 0)]
    [InlineData("gren", "green", 1)]
    [InlineData("longjng", "longjing", 1)]
    [InlineData("teh", "the", 1)]
    [InlineData("teapto", "teapot", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)] // optimal string alignment: a swapped pair is not edited again
    public void Counts_insertions_deletions_substitutions_and_swaps(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.DamerauLevenshtein(a, b));
        Assert.Equal(distance, EditDistance.DamerauLevenshtein(b, a));
    }

    [Theory]
    [InlineData("kitten", "sitting", 1, 2)]
    [InlineData("kitten", "sitting", 2, 3)]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("a", "abcdef", 2, 3)]
    public void Stops_counting_past_the_most_it_is_asked_about(string a, string b, int max, int distance) =>
        Assert.Equal(distance, EditDistance.DamerauLevenshtein(a, b, max));
}
