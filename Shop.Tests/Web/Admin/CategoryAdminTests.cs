using System.Net;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;

namespace Shop.Tests.Web.Admin;

/// <summary>Creating, editing and deleting categories, named in both languages, through the admin's forms.</summary>
public class CategoryAdminTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    [Fact]
    public async Task A_new_category_is_stored_and_shown_in_the_shop()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var slug = AdminCatalogData.NewSlug();

        var response = await browser.SubmitFormAsync("/admin/categories/new", Fields("香料", "Spices", slug, "5"), action: "/admin/categories");

        Assert.Equal("/admin/categories", response.RedirectPath());
        var category = await factory.QueryAsync(db => db.Categories.SingleAsync(c => c.Slug == slug));
        Assert.Equal((new LocalizedText("香料", "Spices"), new LocalizedText("各地香料。", "Spices from everywhere."), 5),
            (category.Name, category.Description, category.SortOrder));
        var list = await (await browser.GetAsync("/admin/categories")).ReadHtmlAsync();
        Assert.NotNull(list.QuerySelector($"[data-category-row='{category.Id}']"));
        var english = factory.CreateBrowser();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var chinese = factory.CreateBrowser();
        Assert.Equal("Spices", (await english.GetHtmlAsync("/catalog")).QuerySelector($"[data-category='{slug}']")!.TextContent.Trim());
        Assert.Equal("香料", (await chinese.GetHtmlAsync("/catalog")).QuerySelector($"[data-category='{slug}']")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_form_shows_both_languages_side_by_side_and_marks_a_missing_one()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var id = await CreateAsync(browser, "干果", null);

        var page = await (await browser.GetAsync($"/admin/categories/{id}/edit")).ReadHtmlAsync();

        Assert.Equal("干果", page.QuerySelector("input[name='Form.NameZh']")!.GetAttribute("value"));
        Assert.Equal("zh-CN", page.QuerySelector("input[name='Form.NameZh']")!.GetAttribute("lang"));
        Assert.Equal("en", page.QuerySelector("input[name='Form.NameEn']")!.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("[data-bilingual-field='Name'] [data-missing='en']"));
        Assert.Null(page.QuerySelector("[data-bilingual-field='Name'] [data-missing='zh']"));
        var list = await (await browser.GetAsync("/admin/categories")).ReadHtmlAsync();
        Assert.NotNull(list.QuerySelector($"[data-category-row='{id}'] [data-missing='en']"));
    }

    [Fact]
    public async Task Editing_saves_name_slug_description_and_sort_order()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var id = await CreateAsync(browser, "旧名", "Old name");
        var slug = AdminCatalogData.NewSlug();

        var response = await browser.SubmitFormAsync($"/admin/categories/{id}/edit", Fields(null, "New name", slug, "-3"), action: $"/admin/categories/{id}");

        Assert.Equal("/admin/categories", response.RedirectPath());
        var category = await factory.QueryAsync(db => db.Categories.SingleAsync(c => c.Id == id));
        Assert.Equal((new LocalizedText(null, "New name"), slug, -3), (category.Name, category.Slug, category.SortOrder));
    }

    [Theory]
    [InlineData("", " ", "x", "0", "Form.Name", "Enter a name in Chinese, in English, or both.")]
    [InlineData("茶具", "", "", "0", "Form.Slug", "Enter a slug: the name has no letters or digits to make one from.")]
    [InlineData("茶具", "Tea ware", "Tea Ware!", "0", "Form.Slug", "Use lower-case letters, digits and single hyphens, like green-tea-100g.")]
    [InlineData("茶具", "Tea ware", "x", "first", "Form.SortOrder", "Enter the sort order as a whole number, like 0 or 10.")]
    [InlineData("茶具", "Teaware of every kind from every province of the country", "x", "0", "Form.NameEn", "At most 50 characters.")]
    public async Task A_bad_form_is_refused_with_its_message_and_nothing_is_stored(
        string chinese, string english, string slug, string sortOrder, string field, string message)
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var before = await factory.QueryAsync(db => db.Categories.CountAsync());
        var typedSlug = slug == "x" ? AdminCatalogData.NewSlug() : slug;

        var response = await browser.SubmitFormAsync("/admin/categories/new", Fields(chinese, english, typedSlug, sortOrder), action: "/admin/categories");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal(message, page.QuerySelector($"[data-error-for='{field}']")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("[data-form-invalid]"));
        Assert.Equal(before, await factory.QueryAsync(db => db.Categories.CountAsync()));
    }

    [Fact]
    public async Task A_slug_used_by_another_category_is_refused()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var id = await CreateAsync(browser, null, "Mine");

        var response = await browser.SubmitFormAsync($"/admin/categories/{id}/edit", Fields(null, "Mine", "tea", "0"), action: $"/admin/categories/{id}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("The slug “tea” is already used by “Tea”.", page.QuerySelector("[data-error-for='Form.Slug']")!.TextContent.Trim());
        Assert.Equal(new LocalizedText(null, "Mine"), (await factory.QueryAsync(db => db.Categories.SingleAsync(c => c.Id == id))).Name);
    }

    [Fact]
    public async Task A_category_with_products_cannot_be_deleted()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var id = await CreateAsync(browser, null, "Holds one");
        var slug = await factory.QueryAsync(db => db.Categories.Where(c => c.Id == id).Select(c => c.Slug).SingleAsync());
        await factory.AddProductAsync(categorySlug: slug);

        var response = await browser.SubmitFormAsync($"/admin/categories/{id}/edit", [], action: $"/admin/categories/{id}/delete");

        Assert.Equal($"/admin/categories/{id}/edit", response.RedirectPath());
        var page = await (await browser.GetAsync(response.RedirectPath())).ReadHtmlAsync();
        Assert.Equal("This category holds 1 products, so it cannot be deleted. Move them to another category first.",
            page.QuerySelector("[data-flash='warning']")!.TextContent.Trim());
        Assert.True(await factory.QueryAsync(db => db.Categories.AnyAsync(c => c.Id == id)));
    }

    [Fact]
    public async Task An_empty_category_is_deleted()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var id = await CreateAsync(browser, "要删除的", null);

        var response = await browser.SubmitFormAsync($"/admin/categories/{id}/edit", [], action: $"/admin/categories/{id}/delete");

        Assert.Equal("/admin/categories", response.RedirectPath());
        Assert.False(await factory.QueryAsync(db => db.Categories.AnyAsync(c => c.Id == id)));
    }

    private static Dictionary<string, string> Fields(string? chinese, string? english, string slug, string sortOrder) => new()
    {
        ["Form.NameZh"] = chinese ?? "",
        ["Form.NameEn"] = english ?? "",
        ["Form.Slug"] = slug,
        ["Form.DescriptionZh"] = chinese is null ? "" : "各地香料。",
        ["Form.DescriptionEn"] = english is null ? "" : "Spices from everywhere.",
        ["Form.SortOrder"] = sortOrder,
    };

    private async Task<int> CreateAsync(HttpClient browser, string? chinese, string? english)
    {
        var slug = AdminCatalogData.NewSlug();
        var response = await browser.SubmitFormAsync("/admin/categories/new", Fields(chinese, english, slug, "0"), action: "/admin/categories");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await factory.QueryAsync(db => db.Categories.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());
    }
}
