using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Shop.Tests.Web.Storefront;

/// <summary>
/// The search box over the seeded catalog in both languages, through the whole app: the query goes
/// through <c>GET /catalog?q=...</c> to the SQLite FTS5 index the seed filled, and the page shows
/// what it found.
/// </summary>
public partial class CatalogSearchTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private static readonly string[] Teas =
        ["longjing-green-tea", "wuyi-rock-tea", "pu-erh-cake", "jasmine-tea", "white-tea-bai-mudan", "oolong-tieguanyin", "tea-sampler"];

    private HttpClient Browser(string culture = "zh-CN")
    {
        var browser = factory.CreateBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return browser;
    }

    private Task<Dictionary<int, string>> SlugsAsync() =>
        factory.QueryAsync(db => db.Products.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Slug));

    /// <summary>The slugs of every product a search lists, page after page, in the order shown.</summary>
    private async Task<List<string>> FindAsync(string typed, string culture = "zh-CN", string extra = "")
    {
        var slugs = await SlugsAsync();
        var browser = Browser(culture);
        var url = "/catalog?q=" + Uri.EscapeDataString(typed) + extra;
        var first = await browser.GetHtmlAsync(url);
        var ids = first.ListedProductIds();
        for (var page = 2; page <= first.Pagination().Links.DefaultIfEmpty(1).Max(); page++)
        {
            ids.AddRange((await browser.GetHtmlAsync($"{url}&page={page}")).ListedProductIds());
        }
        return ids.Select(id => slugs[id]).ToList();
    }

    [Theory]
    [InlineData("tea")]
    [InlineData("Tea")]
    [InlineData("TEA")]
    [InlineData("ＴＥＡ")]
    [InlineData("tEa")]
    public async Task An_English_word_finds_the_teas_in_any_case_and_width(string typed)
    {
        var found = await FindAsync(typed, "en");

        Assert.All(Teas, tea => Assert.Contains(tea, found));
        Assert.Equal(await FindAsync("tea", "en"), found);
        Assert.DoesNotContain("fountain-pen", found);
    }

    [Theory]
    [InlineData("龙井", "longjing-green-tea")]
    [InlineData("红茶", "tea-sampler")]
    [InlineData("西湖龙井", "longjing-green-tea")]
    [InlineData("西 湖 龙 井", "longjing-green-tea")]
    [InlineData("大红袍", "wuyi-rock-tea")]
    [InlineData("三体", "three-body")]
    public async Task A_Chinese_word_finds_its_product_first_with_or_without_spaces(string typed, string slug)
    {
        var found = await FindAsync(typed);

        Assert.Equal(slug, found[0]);
    }

    [Fact]
    public async Task A_single_Chinese_character_is_found()
    {
        Assert.Equal(["longjing-green-tea", "tea-sampler"], await FindAsync("龙")); // 龙井, and 乌龙茶 in a description
        var tea = await FindAsync("茶");
        Assert.All(Teas, t => Assert.Contains(t, tea));
    }

    [Theory]
    [InlineData("longjing")]
    [InlineData("LongJing")]
    [InlineData("long jing")]
    [InlineData("lóngjǐng")]
    [InlineData("xihulongjing")]
    [InlineData("ｌｏｎｇｊｉｎｇ")]
    [InlineData("lj")]
    [InlineData("LJ")]
    [InlineData("xhlj")]
    [InlineData("mqxhlj")]
    public async Task Pinyin_and_initials_of_the_Chinese_name_find_it_first(string typed)
    {
        var found = await FindAsync(typed, "en");

        Assert.Equal("longjing-green-tea", found[0]);
    }

    [Fact]
    public async Task Pinyin_reads_place_names_as_they_are_said()
    {
        Assert.Equal("hotpot-base", (await FindAsync("chongqing"))[0]);
        Assert.Equal("hotpot-base", (await FindAsync("hgdl"))[0]);
    }

    [Theory]
    [InlineData("家居", "ceramic-teapot")]
    [InlineData("gadgets", "power-bank")]
    [InlineData("Stationery", "fountain-pen")]
    public async Task A_category_name_in_either_language_finds_its_products(string typed, string slug)
    {
        Assert.Contains(slug, await FindAsync(typed, "en"));
    }

    [Fact]
    public async Task Words_of_either_language_are_found_whatever_the_buyer_s_language()
    {
        Assert.Contains("three-body", await FindAsync("Hugo Award", "zh-CN"));
        Assert.Contains("three-body", await FindAsync("雨果奖", "en"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"tea")]
    [InlineData("tea\"")]
    [InlineData("*")]
    [InlineData("tea*")]
    [InlineData("-tea")]
    [InlineData("tea -green")]
    [InlineData("NEAR")]
    [InlineData("NEAR(tea green)")]
    [InlineData("tea OR")]
    [InlineData("tea OR pen")]
    [InlineData("name:tea")]
    [InlineData("'; DROP TABLE product_search; --")]
    public async Task Query_syntax_typed_by_a_buyer_is_text_and_never_an_error(string typed)
    {
        var response = await Browser("en").GetAsync("/catalog?q=" + Uri.EscapeDataString(typed));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(60, await factory.QueryAsync(db => db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM product_search").SingleAsync()));
    }

    [Fact]
    public async Task Operator_words_must_be_in_every_result_like_any_word()
    {
        var teaOr = await FindAsync("tea OR", "en");
        var texts = await EnglishTextsAsync();

        Assert.NotEmpty(teaOr);
        // The last word is matched as a prefix, as while it is typed: "or", "organizer", "orchid".
        Assert.All(teaOr, slug => Assert.Matches(WordStartingWithOr(), texts[slug]));
        Assert.True(teaOr.Count < (await FindAsync("tea", "en")).Count);
        Assert.Empty(await FindAsync("tea NEAR green", "en"));
        var quoted = await FindAsync("\"tea\"", "en");
        Assert.Subset((await FindAsync("tea", "en")).ToHashSet(), quoted.ToHashSet());
        Assert.DoesNotContain("ceramic-teapot", quoted);
        Assert.Equal(await FindAsync("tea", "en"), await FindAsync("-tea", "en"));
    }

    [Fact]
    public async Task A_match_in_the_name_comes_before_a_match_in_a_description()
    {
        var found = await FindAsync("tea", "en");
        var names = await factory.QueryAsync(db => db.Products.AsNoTracking().ToDictionaryAsync(p => p.Slug, p => p.Name.English ?? ""));

        var namedTea = found.Where(slug => TeaWord().IsMatch(names[slug])).ToList();
        Assert.Equal(namedTea, found.Take(namedTea.Count));
        // Holds tea bags: found by its description only, after every product named tea or filed under tea.
        Assert.True(found.IndexOf("desk-organizer") > found.IndexOf("oolong-tieguanyin"));
        Assert.True(found.IndexOf("longjing-green-tea") > found.IndexOf("glass-tea-cups"));
    }

    [Fact]
    public async Task A_whole_word_comes_before_the_start_of_a_word()
    {
        var found = await FindAsync("pen", "en");

        // "Pen" in the fountain pen's name, "pen" in the notebook's short description, "pens" in the desk organizer's.
        Assert.True(found.IndexOf("fountain-pen") < found.IndexOf("notebook-a5"));
        Assert.True(found.IndexOf("notebook-a5") < found.IndexOf("desk-organizer"));
    }

    [Fact]
    public async Task The_buyer_s_sort_wins_over_the_best_match()
    {
        var byPrice = await FindAsync("tea", "en", "&sort=price");
        var prices = await factory.QueryAsync(db => db.Products.AsNoTracking().ToDictionaryAsync(p => p.Slug, p => p.Price));

        Assert.Equal(byPrice.OrderBy(slug => prices[slug]).ToList(), byPrice);
        Assert.Equal((await FindAsync("tea", "en")).Order(), byPrice.Order());
    }

    [Fact]
    public async Task The_page_says_how_many_results_and_for_what_in_the_buyer_s_language()
    {
        var english = await Browser("en").GetHtmlAsync("/catalog?q=longjing");
        var chinese = await Browser().GetHtmlAsync("/catalog?q=longjing");

        Assert.Equal("1 result for “longjing”", english.QuerySelector("[data-total-count]")!.TextContent.Trim());
        Assert.Equal("“longjing”的搜索结果：1 件", chinese.QuerySelector("[data-total-count]")!.TextContent.Trim());
        var many = await Browser("en").GetHtmlAsync("/catalog?q=tea");
        Assert.Matches(@"^\d+ results for “tea”$", many.QuerySelector("[data-total-count]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("gren tea", "green tea")]
    [InlineData("longjng", "longjing")]
    [InlineData("fountian pen", "fountain pen")]
    public async Task Nothing_found_offers_what_a_close_spelling_would_find(string typed, string suggestion)
    {
        var page = await Browser("en").GetHtmlAsync("/catalog?q=" + Uri.EscapeDataString(typed));

        Assert.NotNull(page.QuerySelector("[data-empty-state]"));
        var didYouMean = page.QuerySelector("[data-did-you-mean]")!;
        Assert.Equal(suggestion, didYouMean.GetAttribute("data-did-you-mean"));
        Assert.Equal("/catalog?q=" + Uri.EscapeDataString(suggestion), didYouMean.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotEmpty(await FindAsync(suggestion, "en"));
    }

    [Fact]
    public async Task Nothing_found_in_a_category_says_how_many_the_whole_catalog_has()
    {
        var page = await Browser("en").GetHtmlAsync("/catalog?category=books&q=longjing");

        Assert.Empty(page.ListedProductIds());
        Assert.Equal("1", page.QuerySelector("[data-in-all-categories]")!.GetAttribute("data-in-all-categories"));
        Assert.Equal("/catalog?q=longjing", page.QuerySelector("[data-in-all-categories] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Nothing_close_offers_nothing()
    {
        var page = await Browser("en").GetHtmlAsync("/catalog?q=xyzzyqq");

        Assert.NotNull(page.QuerySelector("[data-empty-state]"));
        Assert.Null(page.QuerySelector("[data-did-you-mean]"));
    }

    [Fact]
    public async Task Suggestions_name_products_in_the_buyer_s_language_with_their_pages()
    {
        var english = await SuggestAsync("longj", "en");
        var chinese = await SuggestAsync("longj", "zh-CN");

        Assert.Equal(("Pre-Qingming West Lake Longjing 100 g", "/catalog/longjing-green-tea"), english[0]);
        Assert.Equal(("明前西湖龙井 100g", "/catalog/longjing-green-tea"), chinese[0]);
    }

    [Fact]
    public async Task Suggestions_are_at_most_eight_best_first_and_none_for_punctuation()
    {
        var tea = await SuggestAsync("tea", "en");

        Assert.Equal(8, tea.Count);
        Assert.Equal((await FindAsync("tea", "en")).Take(8).Select(slug => "/catalog/" + slug), tea.Select(s => s.Url));
        Assert.Empty(await SuggestAsync("\"*", "en"));
        Assert.Empty(await SuggestAsync("", "en"));
    }

    [Fact]
    public async Task Suggestions_may_be_kept_a_minute_by_the_browser_for_its_language()
    {
        var response = await Browser("en").GetAsync("/catalog/suggest?q=tea");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.CacheControl?.MaxAge);
        Assert.True(response.Headers.CacheControl?.Private);
        Assert.Contains("Cookie", response.Headers.Vary);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task Category_names_in_the_sidebar_and_breadcrumbs_follow_the_buyer_s_language()
    {
        var english = await Browser("en").GetHtmlAsync("/catalog/longjing-green-tea");
        var chinese = await Browser().GetHtmlAsync("/catalog/longjing-green-tea");
        var englishList = await Browser("en").GetHtmlAsync("/catalog");

        Assert.Equal("Tea", english.QuerySelectorAll(".breadcrumb-item")[2].TextContent.Trim());
        Assert.Equal("茶叶", chinese.QuerySelectorAll(".breadcrumb-item")[2].TextContent.Trim());
        Assert.Equal("Pre-Qingming West Lake Longjing 100 g", english.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Snacks & Specialties", englishList.QuerySelector("[data-category='snacks']")!.TextContent.Trim());
    }

    private async Task<List<(string Name, string Url)>> SuggestAsync(string typed, string culture)
    {
        var json = await Browser(culture).GetStringAsync("/catalog/suggest?q=" + Uri.EscapeDataString(typed));
        return JsonDocument.Parse(json).RootElement.EnumerateArray()
            .Select(item => (item.GetProperty("name").GetString()!, item.GetProperty("url").GetString()!))
            .ToList();
    }

    private Task<Dictionary<string, string>> EnglishTextsAsync() =>
        factory.QueryAsync(async db => (await db.Products.AsNoTracking().Include(p => p.Category).ToListAsync())
            .ToDictionary(p => p.Slug, p => string.Join(" | ", p.Name.English, p.ShortDescription.English, p.Description.English, p.Category!.Name.English)));

    [GeneratedRegex(@"\bor", RegexOptions.IgnoreCase)]
    private static partial Regex WordStartingWithOr();

    [GeneratedRegex(@"\btea\b", RegexOptions.IgnoreCase)]
    private static partial Regex TeaWord();
}
