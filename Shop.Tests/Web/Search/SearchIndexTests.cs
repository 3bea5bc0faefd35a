using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Tests.Web.Admin;

namespace Shop.Tests.Web.Search;

/// <summary>
/// The full-text index follows the catalog in the same transaction as each change, whoever makes it:
/// the admin's forms (create, rename, delete, category rename), and products written straight to the
/// database. Each test searches for words of its own, through <c>GET /catalog?q=...</c>.
/// </summary>
public class SearchIndexTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private static string Word(string stem) => stem + Guid.NewGuid().ToString("N")[..8];

    private async Task<List<int>> FindAsync(string typed, string culture = "en")
    {
        var browser = factory.CreateBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return (await browser.GetHtmlAsync("/catalog?q=" + Uri.EscapeDataString(typed))).ListedProductIds();
    }

    // The product's key column is rowid in SQLite's FTS5 table, product_id in PostgreSQL's table.
    private Task<int> IndexRowsAsync(int productId) =>
        factory.QueryAsync(db => db.Database.IsNpgsql()
            ? db.Database.SqlQuery<int>($"SELECT CAST(count(*) AS integer) AS \"Value\" FROM product_search WHERE product_id = {productId}").SingleAsync()
            : db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM product_search WHERE rowid = {productId}").SingleAsync());

    [Fact]
    public async Task A_product_created_in_the_admin_is_found_at_once_in_both_languages()
    {
        var english = Word("kettle");
        var browser = await factory.CreateAdminBrowserAsync();
        var fields = AdminCatalogData.NewProductFields(await factory.CategoryIdAsync());
        fields["Form.NameZh"] = "铸铁烧水壶";
        fields["Form.NameEn"] = $"Cast Iron {english}";

        var id = (await browser.SubmitFormAsync("/admin/products/new", fields, action: "/admin/products")).RedirectedProductId();

        Assert.Equal([id], await FindAsync(english));
        Assert.Equal([id], await FindAsync("铸铁烧水壶"));
        Assert.Equal([id], await FindAsync("zhutie"));
    }

    [Fact]
    public async Task A_renamed_product_is_found_by_its_new_name_and_no_longer_by_its_old_one()
    {
        var (before, after) = (Word("before"), Word("after"));
        var product = await factory.AddProductAsync(name: $"Teapot {before}");
        var browser = await factory.CreateAdminBrowserAsync();
        Assert.Equal([product.Id], await FindAsync(before));
        var fields = AdminCatalogData.EditFields(await factory.ProductAsync(product.Id));
        fields["Form.NameEn"] = $"Teapot {after}";
        fields["Form.NameZh"] = "紫砂壶";

        var response = await browser.SubmitFormAsync($"/admin/products/{product.Id}/edit", fields, action: $"/admin/products/{product.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([product.Id], await FindAsync(after));
        Assert.Empty(await FindAsync(before));
        Assert.Contains(product.Id, await FindAsync("zishahu"));
    }

    [Fact]
    public async Task A_description_changed_in_the_admin_is_searched_as_changed()
    {
        var (old, updated) = (Word("old"), Word("new"));
        var product = await factory.AddProductAsync();
        await factory.ChangeProductAsync(product.Id, p => p.Update(
            p.Name, p.Slug, new LocalizedText(null, $"Made {old}"), p.Description, p.Price, p.CategoryId));
        Assert.Equal([product.Id], await FindAsync(old));
        var browser = await factory.CreateAdminBrowserAsync();
        var fields = AdminCatalogData.EditFields(await factory.ProductAsync(product.Id));
        fields["Form.ShortDescriptionEn"] = "";
        fields["Form.DescriptionEn"] = $"Made {updated}";

        await browser.SubmitFormAsync($"/admin/products/{product.Id}/edit", fields, action: $"/admin/products/{product.Id}");

        Assert.Empty(await FindAsync(old));
        Assert.Equal([product.Id], await FindAsync(updated));
    }

    [Fact]
    public async Task A_deleted_product_leaves_the_index()
    {
        var word = Word("gone");
        var product = await factory.AddProductAsync(name: $"Vase {word}");
        Assert.Equal(1, await IndexRowsAsync(product.Id));
        var browser = await factory.CreateAdminBrowserAsync();

        var response = await browser.SubmitFormAsync($"/admin/products/{product.Id}/edit", [], action: $"/admin/products/{product.Id}/delete");

        Assert.Equal("/admin/products", response.RedirectPath());
        Assert.Equal(0, await IndexRowsAsync(product.Id));
        Assert.Empty(await FindAsync(word));
    }

    [Fact]
    public async Task A_renamed_category_has_its_products_found_by_its_new_name()
    {
        var (old, renamed) = (Word("shelf"), Word("cabinet"));
        var browser = await factory.CreateAdminBrowserAsync();
        var slug = AdminCatalogData.NewSlug();
        await browser.SubmitFormAsync("/admin/categories/new", CategoryFields("旧柜", old, slug), action: "/admin/categories");
        var categoryId = await factory.CategoryIdAsync(slug);
        var product = await factory.AddProductAsync(categorySlug: slug);
        Assert.Equal([product.Id], await FindAsync(old));

        await browser.SubmitFormAsync($"/admin/categories/{categoryId}/edit", CategoryFields("新柜", renamed, slug),
            action: $"/admin/categories/{categoryId}");

        Assert.Equal([product.Id], await FindAsync(renamed));
        Assert.Empty(await FindAsync(old));
        Assert.Equal([product.Id], await FindAsync("新柜"));
    }

    [Fact]
    public async Task Moving_a_product_to_another_category_is_searched_under_the_new_one()
    {
        var product = await factory.AddProductAsync(name: "Test " + Word("mover"));
        var books = await factory.CategoryIdAsync("books");

        await factory.ChangeProductAsync(product.Id, p => p.Update(p.Name, p.Slug, p.ShortDescription, p.Description, p.Price, books));

        Assert.Contains(product.Id, await FindAsync("图书 " + product.Name.English!.Split(' ')[1]));
    }

    [Fact]
    public async Task Selling_stock_or_unpublishing_keeps_the_row_and_an_unpublished_product_is_not_listed()
    {
        var word = Word("stocky");
        var product = await factory.AddProductAsync(name: $"Jar {word}", stock: 3);
        await factory.PlaceOrderAsync(product.Id);
        Assert.Equal([product.Id], await FindAsync(word));

        await factory.ChangeProductAsync(product.Id, p => p.Unpublish());

        Assert.Equal(1, await IndexRowsAsync(product.Id));
        Assert.Empty(await FindAsync(word));
        Assert.Empty(await SuggestionsAsync(word));
    }

    [Fact]
    public async Task A_product_named_in_Chinese_only_is_shown_to_an_English_buyer_by_its_Chinese_name()
    {
        var name = "青瓷茶杯 " + Word("cup");
        var product = await factory.AddProductAsync(name: name);
        var english = factory.CreateBrowser();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var results = await english.GetHtmlAsync("/catalog?q=" + Uri.EscapeDataString(name.Split(' ')[1]));
        var page = await english.GetHtmlAsync("/catalog/" + product.Slug);

        Assert.Equal(name, results.QuerySelector($"[data-product-id='{product.Id}'] .card-title")!.TextContent.Trim());
        Assert.Equal(name, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(name, page.QuerySelector(".breadcrumb-item.active")!.TextContent.Trim());
        Assert.Equal(name, (await SuggestionsAsync(name.Split(' ')[1]))[0]);
    }

    [Fact]
    public async Task A_product_named_in_English_only_is_shown_to_a_Chinese_buyer_by_its_English_name()
    {
        var name = "Celadon Cup " + Word("cup");
        var product = await factory.AddProductAsync(name: name);

        var page = await factory.CreateBrowser().GetHtmlAsync("/catalog/" + product.Slug);

        Assert.Equal(name, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-product-id] img")!.GetAttribute("alt")));
    }

    private async Task<List<string>> SuggestionsAsync(string typed)
    {
        var browser = factory.CreateBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using var json = System.Text.Json.JsonDocument.Parse(await browser.GetStringAsync("/catalog/suggest?q=" + Uri.EscapeDataString(typed)));
        return json.RootElement.EnumerateArray().Select(item => item.GetProperty("name").GetString()!).ToList();
    }

    private static Dictionary<string, string> CategoryFields(string chinese, string english, string slug) => new()
    {
        ["Form.NameZh"] = chinese,
        ["Form.NameEn"] = english,
        ["Form.Slug"] = slug,
        ["Form.SortOrder"] = 0.ToString(CultureInfo.InvariantCulture),
    };
}
