using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shop.Domain.Catalog;
using Shop.Web.Data;

namespace Shop.Tests.Web.Admin;

/// <summary>Creating, editing, publishing and deleting products through the admin's forms.</summary>
public class ProductAdminTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private const string NewProductPage = "/admin/products/new";

    [Fact]
    public async Task A_new_physical_product_is_stored_and_listed()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var fields = AdminCatalogData.NewProductFields(await factory.CategoryIdAsync());

        var response = await browser.SubmitFormAsync(NewProductPage, fields, action: "/admin/products");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var product = await factory.ProductAsync(response.RedirectedProductId());
        Assert.Equal((new LocalizedText("测试茶壶", "Test teapot"), fields["Form.Slug"], 168.00m, ProductKind.Physical, 12, true),
            (product.Name, product.Slug, product.Price, product.Kind, product.Stock, product.IsPublished));
        Assert.Equal(
            (new LocalizedText("测试做的茶壶。", "A teapot made by a test."), new LocalizedText("容量 300ml。", "Holds 300 ml.")),
            (product.ShortDescription, product.Description));
        var list = await (await browser.GetAsync("/admin/products?q=" + fields["Form.Slug"])).ReadHtmlAsync();
        var row = Assert.Single(list.QuerySelectorAll("[data-product-row]"));
        Assert.Contains("¥168.00", row.QuerySelector("[data-price]")!.TextContent);
    }

    [Theory]
    [InlineData("abc", "Enter the price in yuan with digits and a dot, like 12 or 12.50.")]
    [InlineData("1e3", "Enter the price in yuan with digits and a dot, like 12 or 12.50.")]
    [InlineData("-1", "The price must be more than 0.")]
    [InlineData("0", "The price must be more than 0.")]
    [InlineData("12.345", "Use at most two decimals (fen).")]
    [InlineData("", "Enter a price.")]
    public async Task A_bad_price_is_refused_on_the_form_and_nothing_is_stored(string price, string message)
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var fields = AdminCatalogData.NewProductFields(await factory.CategoryIdAsync());
        fields["Form.Price"] = price;

        var response = await browser.SubmitFormAsync(NewProductPage, fields, action: "/admin/products");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal(message, page.QuerySelector("[data-error-for='Form.Price']")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("[data-form-invalid]"));
        // The form keeps what was typed.
        Assert.Equal(price, page.QuerySelector("input[name='Form.Price']")!.GetAttribute("value"));
        Assert.Equal("Test teapot", page.QuerySelector("input[name='Form.NameEn']")!.GetAttribute("value"));
        Assert.Equal("测试茶壶", page.QuerySelector("input[name='Form.NameZh']")!.GetAttribute("value"));
        Assert.Null(await factory.ProductBySlugAsync(fields["Form.Slug"]));
    }

    [Fact]
    public async Task A_slug_already_used_is_refused_with_the_product_using_it()
    {
        var existing = await factory.AddProductAsync();
        var browser = await factory.CreateAdminBrowserAsync();
        var fields = AdminCatalogData.NewProductFields(await factory.CategoryIdAsync(), slug: existing.Slug);

        var response = await browser.SubmitFormAsync(NewProductPage, fields, action: "/admin/products");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal($"The slug “{existing.Slug}” is already used by “{existing.Name.In(Language.English)}”.",
            page.QuerySelector("[data-error-for='Form.Slug']")!.TextContent.Trim());
        Assert.Equal(1, await factory.QueryAsync(db => db.Products.CountAsync(p => p.Slug == existing.Slug)));
    }

    [Fact]
    public async Task A_name_missing_in_both_languages_is_refused()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var fields = AdminCatalogData.NewProductFields(await factory.CategoryIdAsync());
        fields["Form.NameZh"] = "   ";
        fields["Form.NameEn"] = "";

        var response = await browser.SubmitFormAsync(NewProductPage, fields, action: "/admin/products");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("Enter a name in Chinese, in English, or both.", page.QuerySelector("[data-error-for='Form.Name']")!.TextContent.Trim());
        Assert.Null(await factory.ProductBySlugAsync(fields["Form.Slug"]));
    }

    [Theory]
    [InlineData("Form.NameEn", 101, "At most 100 characters.")]
    [InlineData("Form.NameZh", 101, "At most 100 characters.")]
    [InlineData("Form.ShortDescriptionZh", 201, "At most 200 characters.")]
    [InlineData("Form.DescriptionEn", 4001, "At most 4000 characters.")]
    public async Task Each_language_is_held_to_its_length_on_its_own_field(string field, int length, string message)
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var fields = AdminCatalogData.NewProductFields(await factory.CategoryIdAsync());
        fields[field] = new string(field.EndsWith("Zh", StringComparison.Ordinal) ? '茶' : 't', length);

        var response = await browser.SubmitFormAsync(NewProductPage, fields, action: "/admin/products");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal(message, page.QuerySelector($"[data-error-for='{field}']")!.TextContent.Trim());
        Assert.Contains("is-invalid", page.QuerySelector($"[name='{field}']")!.ClassList);
        Assert.Null(await factory.ProductBySlugAsync(fields["Form.Slug"]));
    }

    [Fact]
    public async Task A_product_written_in_one_language_is_stored_with_the_other_missing()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var fields = AdminCatalogData.NewProductFields(await factory.CategoryIdAsync());
        fields["Form.NameEn"] = "";
        fields["Form.ShortDescriptionEn"] = " ";
        fields["Form.DescriptionEn"] = "";

        var response = await browser.SubmitFormAsync(NewProductPage, fields, action: "/admin/products");

        var product = await factory.ProductAsync(response.RedirectedProductId());
        Assert.Equal((new LocalizedText("测试茶壶", null), new LocalizedText("测试做的茶壶。", null)), (product.Name, product.ShortDescription));
        var page = await (await browser.GetAsync($"/admin/products/{product.Id}/edit")).ReadHtmlAsync();
        Assert.Equal(3, page.QuerySelectorAll("[data-bilingual-field] [data-missing='en']").Length);
        Assert.Empty(page.QuerySelectorAll("[data-bilingual-field] [data-missing='zh']"));
    }

    [Fact]
    public async Task A_chinese_name_needs_a_slug_typed()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var fields = AdminCatalogData.NewProductFields(await factory.CategoryIdAsync());
        fields["Form.NameZh"] = "明前龙井";
        fields["Form.NameEn"] = "";
        fields["Form.Slug"] = "";

        var refused = await browser.SubmitFormAsync(NewProductPage, fields, action: "/admin/products");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        Assert.Equal("Enter a slug: the name has no letters or digits to make one from.",
            page.QuerySelector("[data-error-for='Form.Slug']")!.TextContent.Trim());

        var slug = AdminCatalogData.NewSlug();
        fields["Form.Slug"] = slug;
        var created = await browser.SubmitFormAsync(NewProductPage, fields, action: "/admin/products");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(new LocalizedText("明前龙井", null), (await factory.ProductBySlugAsync(slug))!.Name);
    }

    [Fact]
    public async Task An_empty_slug_is_made_from_a_latin_name()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var fields = AdminCatalogData.NewProductFields(await factory.CategoryIdAsync());
        var suffix = Guid.NewGuid().ToString("N")[..8];
        fields["Form.NameZh"] = "茉莉龙珠 250g";
        fields["Form.NameEn"] = $"Jasmine Pearl {suffix} 250g";
        fields["Form.Slug"] = "";

        var response = await browser.SubmitFormAsync(NewProductPage, fields, action: "/admin/products");

        var product = await factory.ProductAsync(response.RedirectedProductId());
        Assert.Equal($"jasmine-pearl-{suffix}-250g", product.Slug);
    }

    [Fact]
    public async Task A_virtual_product_is_created_with_its_delivery_and_without_stock()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var fields = AdminCatalogData.NewProductFields(await factory.CategoryIdAsync("gift-cards"));
        fields["Form.Kind"] = "Virtual";
        fields["Form.Delivery"] = "Code";

        var response = await browser.SubmitFormAsync(NewProductPage, fields, action: "/admin/products");

        var product = await factory.ProductAsync(response.RedirectedProductId());
        Assert.Equal((ProductKind.Virtual, VirtualDelivery.Code, 0), (product.Kind, product.Delivery, product.Stock));
    }

    [Fact]
    public async Task A_virtual_product_needs_its_delivery_chosen()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var fields = AdminCatalogData.NewProductFields(await factory.CategoryIdAsync());
        fields["Form.Kind"] = "Virtual";

        var response = await browser.SubmitFormAsync(NewProductPage, fields, action: "/admin/products");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("Choose how buyers get a virtual product: a code or a file.",
            page.QuerySelector("[data-error-for='Form.Delivery']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Editing_saves_the_fields_but_never_the_kind()
    {
        var product = await factory.AddProductAsync(stock: 7);
        var browser = await factory.CreateAdminBrowserAsync();
        var fields = AdminCatalogData.EditFields(product);
        fields["Form.NameZh"] = "改名的茶壶";
        fields["Form.NameEn"] = "Renamed teapot";
        fields["Form.Price"] = "1234.50";
        fields["Form.Stock"] = "30";
        fields["Form.Featured"] = "true";
        fields["Form.Kind"] = "Virtual";
        fields["Form.Delivery"] = "File";

        var response = await browser.SubmitFormAsync($"/admin/products/{product.Id}/edit", fields, action: $"/admin/products/{product.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.ProductAsync(product.Id);
        Assert.Equal((new LocalizedText("改名的茶壶", "Renamed teapot"), 1234.50m, 30, true, ProductKind.Physical, VirtualDelivery.None),
            (saved.Name, saved.Price, saved.Stock, saved.IsFeatured, saved.Kind, saved.Delivery));
        var list = await (await browser.GetAsync("/admin/products?q=" + product.Slug)).ReadHtmlAsync();
        Assert.Contains("¥1,234.50", list.QuerySelector("[data-price]")!.TextContent);
    }

    [Fact]
    public async Task A_stock_left_as_shown_is_not_written_back_over_an_order_placed_meanwhile()
    {
        var product = await factory.AddProductAsync(stock: 5);
        var browser = await factory.CreateAdminBrowserAsync();
        var fields = AdminCatalogData.EditFields(product);
        fields["Form.NameEn"] = "Teapot, described better";
        await factory.PlaceOrderAsync(product.Id);

        await browser.SubmitFormAsync($"/admin/products/{product.Id}/edit", fields, action: $"/admin/products/{product.Id}");

        var saved = await factory.ProductAsync(product.Id);
        Assert.Equal(("Teapot, described better", 4), (saved.Name.English, saved.Stock));
    }

    [Fact]
    public async Task A_stock_changed_while_orders_took_some_is_refused_with_the_new_number()
    {
        var product = await factory.AddProductAsync(stock: 5);
        var browser = await factory.CreateAdminBrowserAsync();
        var fields = AdminCatalogData.EditFields(product);
        fields["Form.Stock"] = "50";
        await factory.PlaceOrderAsync(product.Id);

        var response = await browser.SubmitFormAsync($"/admin/products/{product.Id}/edit", fields, action: $"/admin/products/{product.Id}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("Orders changed the stock to 4 while you were editing. Check the number and save again.",
            page.QuerySelector("[data-error-for='Form.Stock']")!.TextContent.Trim());
        Assert.Equal(4, (await factory.ProductAsync(product.Id)).Stock);
        // The page now knows the current stock: saving again sets the number typed.
        Assert.Equal("4", page.QuerySelector("input[name='Form.StockWhenOpened']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Unpublishing_takes_the_product_off_the_shop_and_publishing_brings_it_back()
    {
        var product = await factory.AddProductAsync();
        var browser = await factory.CreateAdminBrowserAsync();
        var buyer = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await buyer.GetAsync($"/catalog/{product.Slug}")).StatusCode);

        var unpublished = await browser.SubmitFormAsync($"/admin/products/{product.Id}/edit", [], action: $"/admin/products/{product.Id}/unpublish");

        Assert.Equal($"/admin/products/{product.Id}/edit", unpublished.RedirectPath());
        Assert.False((await factory.ProductAsync(product.Id)).IsPublished);
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync($"/catalog/{product.Slug}")).StatusCode);

        await browser.SubmitFormAsync($"/admin/products/{product.Id}/edit", [], action: $"/admin/products/{product.Id}/publish");

        Assert.True((await factory.ProductAsync(product.Id)).IsPublished);
        Assert.Equal(HttpStatusCode.OK, (await buyer.GetAsync($"/catalog/{product.Slug}")).StatusCode);
    }

    [Fact]
    public async Task Publishing_from_the_list_returns_to_the_same_list_page()
    {
        var product = await factory.AddProductAsync(published: false);
        var browser = await factory.CreateAdminBrowserAsync();
        var listPage = $"/admin/products?q={product.Slug}&published=no";

        var response = await browser.SubmitFormAsync(listPage, new() { ["returnUrl"] = listPage }, action: $"/admin/products/{product.Id}/publish");

        Assert.Equal(listPage, response.RedirectPath());
        Assert.True((await factory.ProductAsync(product.Id)).IsPublished);
    }

    [Fact]
    public async Task A_product_that_was_ordered_cannot_be_deleted_and_unpublishing_is_suggested()
    {
        var product = await factory.AddProductAsync();
        await factory.PlaceOrderAsync(product.Id);
        var browser = await factory.CreateAdminBrowserAsync();

        var response = await browser.SubmitFormAsync($"/admin/products/{product.Id}/edit", [], action: $"/admin/products/{product.Id}/delete");

        Assert.Equal($"/admin/products/{product.Id}/edit", response.RedirectPath());
        Assert.NotNull(await factory.ProductBySlugAsync(product.Slug));
        var page = await (await browser.GetAsync(response.RedirectPath())).ReadHtmlAsync();
        Assert.Contains("Unpublish it to take it off the shop.", page.QuerySelector("[data-flash='warning']")!.TextContent);
    }

    [Fact]
    public async Task A_product_never_ordered_is_deleted_with_its_codes_and_files()
    {
        var product = await factory.AddProductAsync(delivery: VirtualDelivery.Code, codeValues: ["DEL-1", "DEL-2"]);
        var browser = await factory.CreateAdminBrowserAsync();
        var png = await UploadPictureAsync(browser, product);

        var response = await browser.SubmitFormAsync($"/admin/products/{product.Id}/edit", [], action: $"/admin/products/{product.Id}/delete");

        Assert.Equal("/admin/products", response.RedirectPath());
        Assert.Null(await factory.ProductBySlugAsync(product.Slug));
        Assert.Equal(0, await factory.QueryAsync(db => db.ProductCodes.CountAsync(c => c.ProductId == product.Id)));
        Assert.False(File.Exists(png));
    }

    [Fact]
    public async Task A_file_product_never_ordered_is_deleted_with_its_download()
    {
        var product = await factory.AddProductAsync(delivery: VirtualDelivery.File);
        var download = await factory.QueryAsync(async db =>
            Path.Combine(factory.Services.GetRequiredService<FileStorage>().Downloads, (await db.Products.SingleAsync(p => p.Id == product.Id)).DeliveryFileName!));
        Assert.True(File.Exists(download));
        var browser = await factory.CreateAdminBrowserAsync();

        await browser.SubmitFormAsync($"/admin/products/{product.Id}/edit", [], action: $"/admin/products/{product.Id}/delete");

        Assert.Null(await factory.ProductBySlugAsync(product.Slug));
        Assert.False(File.Exists(download));
    }

    [Fact]
    public async Task The_list_filters_by_kind_category_and_state_and_pages()
    {
        var browser = await factory.CreateAdminBrowserAsync();

        var codes = await (await browser.GetAsync("/admin/products?kind=code")).ReadHtmlAsync();
        var unpublished = await (await browser.GetAsync("/admin/products?published=no&q=unpublished-sample")).ReadHtmlAsync();
        var ebooks = await (await browser.GetAsync($"/admin/products?category={await factory.CategoryIdAsync("ebooks")}")).ReadHtmlAsync();
        var secondPage = await (await browser.GetAsync("/admin/products?page=2")).ReadHtmlAsync();

        Assert.NotEmpty(codes.QuerySelectorAll("[data-product-row]"));
        Assert.All(codes.QuerySelectorAll("[data-product-row] [data-kind]"), badge => Assert.Equal("code", badge.GetAttribute("data-kind")));
        Assert.Equal("unpublished-sample", Assert.Single(unpublished.QuerySelectorAll("[data-product-row]")).GetAttribute("data-slug"));
        Assert.All(ebooks.QuerySelectorAll("[data-product-row] [data-kind]"), badge => Assert.Equal("file", badge.GetAttribute("data-kind")));
        Assert.Equal(20, secondPage.QuerySelectorAll("[data-product-row]").Length);
        Assert.Equal("page", secondPage.QuerySelector("[data-page='2']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task The_list_is_in_chinese_by_default()
    {
        var browser = await factory.CreateAdminBrowserAsync(language: "zh-CN");

        var html = await (await browser.GetAsync("/admin/products")).Content.ReadAsStringAsync();

        Assert.Contains("新建商品", html);
        Assert.Contains("库存", html);
    }

    private async Task<string> UploadPictureAsync(HttpClient browser, Product product)
    {
        var response = await browser.SubmitMultipartFormAsync(
            $"/admin/products/{product.Id}/edit", AdminCatalogData.EditFields(product), $"/admin/products/{product.Id}",
            new UploadedFile("Form.Image", "tea.png", "image/png", TestImages.Png));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var imageUrl = (await factory.ProductAsync(product.Id)).ImageUrl!;
        return Path.Combine(factory.Services.GetRequiredService<FileStorage>().Images, Path.GetFileName(imageUrl));
    }

    [Fact]
    public async Task The_list_filters_products_with_a_text_missing_in_English_or_in_Chinese()
    {
        var token = "mf-" + Guid.NewGuid().ToString("N")[..8];
        var both = await AddAsync(token + "-both", new("两种语言", "Both languages"), new("描述。", "A description."));
        var chineseOnly = await AddAsync(token + "-zh", new("只有中文", null), new("描述。", null));
        var englishDescriptionMissing = await AddAsync(token + "-desc", new("名字", "Name"), new("只有中文描述。", null));
        var englishOnly = await AddAsync(token + "-en", new(null, "English only"), new(null, "Only English."));
        var browser = await factory.CreateAdminBrowserAsync();

        async Task<List<int>> ListedAsync(string missing)
        {
            var page = await (await browser.GetAsync($"/admin/products?q={token}&missing={missing}")).ReadHtmlAsync();
            return page.QuerySelectorAll("[data-product-row]").Select(row => int.Parse(row.GetAttribute("data-product-row")!, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        }

        Assert.Equal(new[] { chineseOnly, englishDescriptionMissing }.Order(), await ListedAsync("en"));
        Assert.Equal([englishOnly], await ListedAsync("zh"));
        var all = await (await browser.GetAsync($"/admin/products?q={token}")).ReadHtmlAsync();
        Assert.Equal(4, all.QuerySelectorAll("[data-product-row]").Length);
        Assert.Contains(both, all.QuerySelectorAll("[data-product-row]").Select(row => int.Parse(row.GetAttribute("data-product-row")!, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private async Task<int> AddAsync(string slug, LocalizedText name, LocalizedText description)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var product = new Product(name, slug, LocalizedText.Empty, description, 10m, ProductKind.Physical,
            await factory.CategoryIdAsync(), DateTime.UtcNow);
        product.SetStock(1);
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product.Id;
    }
}
