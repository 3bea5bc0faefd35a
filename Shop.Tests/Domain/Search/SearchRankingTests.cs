using Shop.Domain.Catalog.Search;
using static Shop.Tests.Domain.Search.SearchCatalog;

namespace Shop.Tests.Domain.Search;

public class SearchRankingTests
{
    [Fact]
    public void Name_matches_come_first_then_category_then_descriptions()
    {
        var ranked = Rank("tea ", Products);

        Assert.Equal(
            [
                [BlackTea, TeaEbook, GreenTea], // a whole word of the name
                [Teapot],                       // the start of a word of the name
                [Longjing, DaHongPao, Puer],    // the category
                [DeskOrganizer],                // the full description
            ],
            ranked);
    }

    [Fact]
    public void Within_a_field_exact_beats_prefix_beats_substring()
    {
        var products = new Dictionary<int, SearchableProduct>
        {
            [1] = new() { ChineseName = "西湖龙井" },
            [2] = new() { ChineseName = "龙井虾仁" },
            [3] = new() { ChineseName = "龙井" },
            [4] = new() { ChineseName = "绿茶", ChineseShortDescription = "龙井" },
            [5] = new() { ChineseName = "绿茶", ChineseFullDescription = "龙井" },
        };

        Assert.Equal([[3], [2], [1], [4], [5]], Rank("龙井", products));
    }

    [Fact]
    public void The_place_counts_before_the_kind_of_match()
    {
        var products = new Dictionary<int, SearchableProduct>
        {
            [1] = new() { EnglishName = "Steamer", CategoryNames = ["Kitchen"] },
            [2] = new() { EnglishName = "Cup", CategoryNames = ["Tea"] },
            [3] = new() { EnglishName = "Cup", EnglishShortDescription = "For tea." },
        };

        Assert.Equal([[1], [2], [3]], Rank("tea ", products));
    }

    [Fact]
    public void Pinyin_of_the_name_counts_as_the_name()
    {
        var products = new Dictionary<int, SearchableProduct>
        {
            [1] = new() { ChineseName = "茶经", EnglishShortDescription = "On Longjing and other teas." },
            [2] = new() { ChineseName = "明前西湖龙井" },
            [3] = new() { ChineseName = "龙井茶" },
        };

        Assert.Equal([[2, 3], [1]], Rank("longjing ", products));
        Assert.Equal([[2, 3]], Rank("lj", products));
    }

    [Fact]
    public void Pinyin_that_starts_a_name_beats_pinyin_inside_it()
    {
        var products = new Dictionary<int, SearchableProduct>
        {
            [1] = new() { ChineseName = "明前西湖龙井" },
            [2] = new() { ChineseName = "西湖龙井茶" },
        };

        Assert.Equal([[2], [1]], Rank("xihulong ", products));
    }

    [Fact]
    public void A_name_that_is_the_query_beats_one_that_starts_with_it_which_beats_the_rest()
    {
        var products = new Dictionary<int, SearchableProduct>
        {
            [1] = new() { EnglishName = "Biluochun Green Tea" },
            [2] = new() { EnglishName = "Green Tea Gift Box" },
            [3] = new() { ChineseName = "绿茶", EnglishName = "Green Tea" },
        };

        Assert.Equal([[3], [2], [1]], Rank("GREEN TEA", products));
    }

    [Fact]
    public void Every_word_of_the_query_adds_where_it_was_found()
    {
        var products = new Dictionary<int, SearchableProduct>
        {
            [1] = new() { EnglishName = "Teapot", EnglishShortDescription = "Glazed by hand." },
            [2] = new() { EnglishName = "Glazed teapot" },
        };

        Assert.Equal([[2], [1]], Rank("glazed teapot", products));
    }

    /// <summary>The ids of the products the query matches at all, best first, those that tie together in ascending order.</summary>
    private static int[][] Rank(string typed, IReadOnlyDictionary<int, SearchableProduct> products)
    {
        var query = SearchQuery.Parse(typed);
        return products
            .GroupBy(pair => SearchRanking.Score(query, pair.Value), pair => pair.Key)
            .Where(group => group.Key > 0)
            .OrderByDescending(group => group.Key)
            .Select(group => group.Order().ToArray())
            .ToArray();
    }
}
