using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;

namespace Shop.Tests.Web.Storefront;

/// <summary>The product list: what <c>/catalog</c> shows for each filter, search, sort and page, checked against the database.</summary>
public class CatalogTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private const int PageSize = 12;

    private Task<List<Product>> PublishedProductsAsync() =>
        factory.QueryAsync(db => db.Products.AsNoTracking().Where(p => p.IsPublished).ToListAsync());

    private static List<int> Newest(IEnumerable<Product> products) =>
        products.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Select(p => p.Id).ToList();

    /// <summary>Every product a listing shows, page after page, in the order shown.</summary>
    private static async Task<List<int>> AllListedIdsAsync(HttpClient browser, string url)
    {
        var first = await browser.GetHtmlAsync(url);
        var ids = first.ListedProductIds();
        var lastPage = first.Pagination().Links.DefaultIfEmpty(1).Max();
        var separator = url.Contains('?') ? "&" : "?";
        for (var page = 2; page <= lastPage; page++)
        {
            ids.AddRange((await browser.GetHtmlAsync($"{url}{separator}page={page}")).ListedProductIds());
        }
        return ids;
    }

    [Theory]
    [InlineData("tea")]
    [InlineData("books")]
    [InlineData("gift-cards")]
    public async Task A_category_lists_exactly_its_published_products(string slug)
    {
        var category = await factory.QueryAsync(db => db.Categories.SingleAsync(c => c.Slug == slug));
        var expected = (await PublishedProductsAsync()).Where(p => p.CategoryId == category.Id);

        var listed = await AllListedIdsAsync(factory.CreateBrowser(), $"/catalog?category={slug}");

        Assert.Equal(Newest(expected), listed);
    }

    [Fact]
    public async Task A_category_page_is_titled_with_the_category_and_marks_it_active()
    {
        var page = await factory.CreateBrowser().GetHtmlAsync("/catalog?category=books");

        Assert.Equal("图书", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("active", page.QuerySelector("[data-category=books]")!.ClassList);
    }

    [Fact]
    public async Task An_unknown_category_shows_the_empty_state_not_an_error()
    {
        var response = await factory.CreateBrowser().GetAsync("/catalog?category=no-such-category");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.NotNull(page.QuerySelector("[data-empty-state]"));
        Assert.Empty(page.ListedProductIds());
    }

    [Theory]
    [InlineData("龙井")]          // in a name
    [InlineData("雨果奖")]        // only in a short description
    [InlineData("python")]       // Latin letters in either case
    [InlineData("立即下载")]       // in several descriptions
    [InlineData("bamboo")]       // in English names and descriptions
    public async Task Search_sorted_by_newest_finds_every_published_product_whose_texts_hold_the_words(string text)
    {
        var expected = (await factory.QueryAsync(db => db.Products.AsNoTracking().Include(p => p.Category).Where(p => p.IsPublished).ToListAsync()))
            .Where(p => new[] { p.Name, p.ShortDescription, p.Description, p.Category!.Name }
                .SelectMany(t => new[] { t.Chinese, t.English })
                .Any(t => t?.Contains(text, StringComparison.OrdinalIgnoreCase) == true));

        var listed = await AllListedIdsAsync(factory.CreateBrowser(), "/catalog?sort=newest&q=" + Uri.EscapeDataString(text));

        Assert.NotEmpty(listed);
        Assert.Equal(Newest(expected), listed);
    }

    [Fact]
    public async Task Search_by_description_finds_the_product_that_mentions_it()
    {
        var threeBody = await factory.ProductAsync("three-body");

        var page = await factory.CreateBrowser().GetHtmlAsync("/catalog?q=" + Uri.EscapeDataString("雨果奖"));

        Assert.Equal([threeBody.Id], page.ListedProductIds());
        Assert.Equal("1", page.QuerySelector("[data-total-count]")!.GetAttribute("data-total-count"));
    }

    [Fact]
    public async Task One_result_is_counted_in_the_singular_in_English()
    {
        var browser = factory.CreateBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var page = await browser.GetHtmlAsync("/catalog?q=" + Uri.EscapeDataString("雨果奖"));

        Assert.Equal("1 result for “雨果奖”", page.QuerySelector("[data-total-count]")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_unknown_category_is_not_titled_all_products()
    {
        var browser = factory.CreateBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var page = await browser.GetHtmlAsync("/catalog?category=no-such-category");

        Assert.Equal("Catalog", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("没有这种商品")]
    [InlineData("xyzzy")]
    public async Task Search_without_a_match_shows_the_empty_state(string text)
    {
        var response = await factory.CreateBrowser().GetAsync("/catalog?q=" + Uri.EscapeDataString(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.NotNull(page.QuerySelector("[data-empty-state]"));
        Assert.Empty(page.ListedProductIds());
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\"")]
    [InlineData("*")]
    public async Task A_search_of_punctuation_only_lists_the_catalog(string text)
    {
        var newest = Newest(await PublishedProductsAsync());

        var page = await factory.CreateBrowser().GetHtmlAsync("/catalog?q=" + Uri.EscapeDataString(text));

        Assert.Equal(newest.Take(PageSize), page.ListedProductIds());
        Assert.Equal(newest.Count.ToString(CultureInfo.InvariantCulture), page.QuerySelector("[data-total-count]")!.GetAttribute("data-total-count"));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Sorting_by_name_follows_the_names_in_the_buyer_s_language(string culture)
    {
        var language = culture == "en" ? Language.English : Language.Chinese;
        var expected = (await PublishedProductsAsync())
            .OrderBy(p => p.Name.In(language), StringComparer.Ordinal).ThenBy(p => p.Id).Select(p => p.Id).ToList();
        var browser = factory.CreateBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);

        var listed = await AllListedIdsAsync(browser, "/catalog?sort=name");

        Assert.Equal(expected, listed);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("price")]
    [InlineData("price-desc")]
    [InlineData("newest")]
    public async Task Sorting_orders_the_whole_catalog_as_asked(string sort)
    {
        var products = await PublishedProductsAsync();
        var expected = sort switch
        {
            "name" => products.OrderBy(p => p.Name.In(Language.Chinese), StringComparer.Ordinal).ThenBy(p => p.Id).Select(p => p.Id).ToList(),
            "price" => products.OrderBy(p => p.Price).ThenBy(p => p.Id).Select(p => p.Id).ToList(),
            "price-desc" => products.OrderByDescending(p => p.Price).ThenBy(p => p.Id).Select(p => p.Id).ToList(),
            _ => Newest(products),
        };

        var listed = await AllListedIdsAsync(factory.CreateBrowser(), "/catalog?sort=" + sort);

        Assert.Equal(expected, listed);
    }

    [Fact]
    public async Task An_unknown_sort_lists_the_newest_first()
    {
        var expected = Newest(await PublishedProductsAsync()).Take(PageSize);

        var page = await factory.CreateBrowser().GetHtmlAsync("/catalog?sort=cheapest");

        Assert.Equal(expected, page.ListedProductIds());
    }

    [Fact]
    public async Task The_catalog_shows_twelve_products_a_page_and_links_every_page()
    {
        var total = (await PublishedProductsAsync()).Count;
        var pages = (total + PageSize - 1) / PageSize;

        var page = await factory.CreateBrowser().GetHtmlAsync("/catalog");

        Assert.Equal(PageSize, page.ListedProductIds().Count);
        Assert.Equal(total.ToString(CultureInfo.InvariantCulture), page.QuerySelector("[data-total-count]")!.GetAttribute("data-total-count"));
        var (links, current) = page.Pagination();
        Assert.Equal(Enumerable.Range(1, pages), links);
        Assert.Equal(1, current);
    }

    [Fact]
    public async Task Page_two_shows_the_next_twelve_products()
    {
        var newest = Newest(await PublishedProductsAsync());
        var browser = factory.CreateBrowser();

        var first = (await browser.GetHtmlAsync("/catalog")).ListedProductIds();
        var second = await browser.GetHtmlAsync("/catalog?page=2");

        Assert.Equal(newest.Skip(PageSize).Take(PageSize), second.ListedProductIds());
        Assert.Empty(first.Intersect(second.ListedProductIds()));
        Assert.Equal(2, second.Pagination().Current);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("99999999999")]
    public async Task A_page_past_the_end_shows_the_last_page(string number)
    {
        var newest = Newest(await PublishedProductsAsync());
        var lastPage = (newest.Count + PageSize - 1) / PageSize;

        var response = await factory.CreateBrowser().GetAsync("/catalog?page=" + number);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal(newest.Skip((lastPage - 1) * PageSize), page.ListedProductIds());
        Assert.Equal(lastPage, page.Pagination().Current);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("")]
    [InlineData("1.5")]
    public async Task A_page_that_is_not_a_page_number_shows_page_one(string number)
    {
        var newest = Newest(await PublishedProductsAsync());

        var response = await factory.CreateBrowser().GetAsync("/catalog?page=" + Uri.EscapeDataString(number));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal(newest.Take(PageSize), page.ListedProductIds());
        Assert.Equal(1, page.Pagination().Current);
    }

    [Fact]
    public async Task Page_links_keep_the_search_and_the_sort()
    {
        // "一" is in more than a page of the seeded names and descriptions.
        var page = await factory.CreateBrowser().GetHtmlAsync("/catalog?q=" + Uri.EscapeDataString("一") + "&sort=price");

        var total = int.Parse(page.QuerySelector("[data-total-count]")!.GetAttribute("data-total-count")!, CultureInfo.InvariantCulture);
        var pages = (total + PageSize - 1) / PageSize;
        Assert.True(pages >= 2, $"only {total} products hold 一");
        var hrefs = page.QuerySelectorAll("a.page-link[data-page]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
            Enumerable.Range(1, pages).Select(n => "/catalog?q=%E4%B8%80&sort=price" + (n > 1 ? $"&page={n}" : "")),
            hrefs);
    }

    [Fact]
    public async Task Page_links_of_a_search_in_its_best_match_order_name_no_sort()
    {
        var page = await factory.CreateBrowser().GetHtmlAsync("/catalog?q=" + Uri.EscapeDataString("一"));

        Assert.Equal("/catalog?q=%E4%B8%80&page=2", page.QuerySelector("a.page-link[data-page='2']")!.GetAttribute("href"));
        Assert.Equal("relevance", page.QuerySelector("#sort option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Unpublished_products_never_show_in_lists_or_searches()
    {
        var unpublished = await factory.ProductAsync("unpublished-sample");
        var browser = factory.CreateBrowser();

        var everything = await AllListedIdsAsync(browser, "/catalog");
        var tea = await AllListedIdsAsync(browser, "/catalog?category=tea");
        var search = await browser.GetHtmlAsync("/catalog?q=" + Uri.EscapeDataString("新品试饮装"));

        Assert.False(unpublished.IsPublished);
        Assert.DoesNotContain(unpublished.Id, everything);
        Assert.DoesNotContain(unpublished.Id, tea);
        Assert.NotNull(search.QuerySelector("[data-empty-state]"));
    }
}
