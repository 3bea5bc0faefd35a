using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Data;

namespace Shop.Tests.Web.Admin;

/// <summary>
/// Adding and updating products from a CSV file uploaded on the admin's product list, through the
/// real pipeline: counts and refused rows on the page, the valid rows in the shop at once.
/// </summary>
public class ProductImportTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private const string Header = "slug,category,kind,name,price,stock";

    private static string NewSlug() => AdminCatalogData.NewSlug();

    private static Task<HttpResponseMessage> UploadAsync(HttpClient browser, string csv, bool byteOrderMark = false) =>
        UploadAsync(browser, (byteOrderMark ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(csv)).ToArray());

    private static Task<HttpResponseMessage> UploadAsync(HttpClient browser, byte[] file) =>
        browser.SubmitMultipartFormAsync("/admin/products", [], "/admin/products/import",
            new UploadedFile("file", "products.csv", "text/csv", file));

    private static (int Added, int Updated, int Unchanged, int Refused) Counts(IHtmlDocument page)
    {
        var result = page.QuerySelector("[data-import-result]") ?? throw new InvalidOperationException("No import result on the page.");
        int Get(string name) => int.Parse(result.GetAttribute("data-" + name)!, CultureInfo.InvariantCulture);
        return (Get("added"), Get("updated"), Get("unchanged"), Get("refused"));
    }

    private static List<(int Line, string Column, string Reason)> RefusedRows(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-refused-line]")
            .Select(row => (int.Parse(row.GetAttribute("data-refused-line")!, CultureInfo.InvariantCulture), row.GetAttribute("data-column") ?? "",
                row.QuerySelector("[data-reason]")!.TextContent.Trim()))
            .ToList();

    [Fact]
    public async Task The_product_list_has_an_upload_form_for_the_import()
    {
        var browser = await factory.CreateAdminBrowserAsync();

        var page = await (await browser.GetAsync("/admin/products")).ReadHtmlAsync();

        var form = page.QuerySelector("form[data-product-import]")!;
        Assert.Equal("/admin/products/import", form.GetAttribute("action"));
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        Assert.NotNull(form.QuerySelector("input[type='file'][name='file']"));
    }

    [Fact]
    public async Task An_uploaded_file_adds_its_products_which_the_shop_shows_at_once()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var (tea, code) = (NewSlug(), NewSlug());
        var word = "importword" + Guid.NewGuid().ToString("N")[..8];
        var csv = $"""
            {Header},description,featured
            {tea},tea,Physical,Imported {word} tea,88.50,25,Leaves from the import.,true
            {code},gift-cards,Virtual,Imported {word} card,50,,A card.,
            """;

        var response = await UploadAsync(browser, csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal((2, 0, 0, 0), Counts(page));
        Assert.Equal("Added 2, updated 0, unchanged 0, refused 0.", page.QuerySelector("[data-import-result]")!.TextContent.Trim());
        var physical = (await factory.ProductBySlugAsync(tea))!;
        Assert.Equal(($"Imported {word} tea", 88.50m, ProductKind.Physical, 25, "Leaves from the import.", true, true, await factory.CategoryIdAsync("tea")),
            (physical.Name.English, physical.Price, physical.Kind, physical.Stock, physical.Description.English, physical.IsPublished, physical.IsFeatured, physical.CategoryId));
        var virtualProduct = (await factory.ProductBySlugAsync(code))!;
        Assert.Equal((ProductKind.Virtual, VirtualDelivery.Code, 0, true, false),
            (virtualProduct.Kind, virtualProduct.Delivery, virtualProduct.Stock, virtualProduct.IsPublished, virtualProduct.IsFeatured));

        var shop = factory.CreateBrowser();
        var productPage = await shop.GetAsync("/catalog/" + tea);
        Assert.Equal(HttpStatusCode.OK, productPage.StatusCode);
        var search = await (await shop.GetAsync("/catalog?q=" + word)).ReadHtmlAsync();
        Assert.Equal(2, search.QuerySelectorAll("[data-product-id]").Length);
    }

    [Fact]
    public async Task Names_and_descriptions_per_language_go_in_and_the_product_is_found_by_search_and_on_its_category_page_at_once()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var slug = NewSlug();
        var word = "bilingual" + Guid.NewGuid().ToString("N")[..8];
        var csv = $"""
            slug,category,kind,name_zh,name_en,price,stock,description_zh,description_en
            {slug},tea,Physical,碧螺春{word},Biluochun {word},98.00,5,太湖边的绿茶。,Green tea from Lake Tai.
            """;

        var page = await (await UploadAsync(browser, csv)).ReadHtmlAsync();

        Assert.Equal((1, 0, 0, 0), Counts(page));
        var product = (await factory.ProductBySlugAsync(slug))!;
        Assert.Equal((new LocalizedText($"碧螺春{word}", $"Biluochun {word}"), new LocalizedText("太湖边的绿茶。", "Green tea from Lake Tai.")),
            (product.Name, product.Description));
        var english = factory.CreateBrowser();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var chinese = factory.CreateBrowser();
        chinese.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        // In the index as soon as the import answered: by the English word, the Chinese one, and the English description.
        Assert.Equal([product.Id], (await english.GetHtmlAsync("/catalog?q=" + word)).ListedProductIds());
        Assert.Equal([product.Id], (await chinese.GetHtmlAsync("/catalog?q=" + Uri.EscapeDataString("碧螺春" + word))).ListedProductIds());
        Assert.Contains(product.Id, (await english.GetHtmlAsync("/catalog?q=lake+tai")).ListedProductIds());
        var shelf = await english.GetHtmlAsync("/catalog?category=tea&sort=newest");
        Assert.Contains(product.Id, shelf.ListedProductIds());
        Assert.Contains($"Biluochun {word}", shelf.Body!.TextContent);
    }

    [Fact]
    public async Task A_name_in_one_language_updates_that_language_and_keeps_the_other()
    {
        var existing = await factory.AddProductAsync(name: "旧的中文名", englishName: "Old English name");
        var browser = await factory.CreateAdminBrowserAsync();
        var csv = $"""
            {Header},description
            {existing.Slug},tea,Physical,New English name,10,10,
            """;

        var page = await (await UploadAsync(browser, csv)).ReadHtmlAsync();

        Assert.Equal((0, 1, 0, 0), Counts(page));
        var updated = await factory.ProductAsync(existing.Id);
        // The name has no Chinese character, so it is the English name; an empty description cell erases nothing.
        Assert.Equal((new LocalizedText("旧的中文名", "New English name"), existing.Description), (updated.Name, updated.Description));
        var search = await factory.CreateBrowser().GetHtmlAsync("/catalog?q=" + Uri.EscapeDataString("New English name"));
        Assert.Contains(existing.Id, search.ListedProductIds());
    }

    [Fact]
    public async Task A_row_whose_slug_is_in_the_shop_updates_that_product_and_keeps_what_the_file_does_not_say()
    {
        var existing = await factory.ProductAsync((await factory.AddProductAsync(price: 30m, stock: 4, published: false)).Id);
        var untouched = await factory.AddProductAsync(price: 12m, stock: 7);
        var browser = await factory.CreateAdminBrowserAsync();
        var csv = $"""
            name,price,stock,kind,category,slug
            Renamed by the import,35.00,40,physical,BOOKS,{existing.Slug}
            {untouched.Name.In(Language.Chinese)},12.00,7,Physical,tea,{untouched.Slug}
            """;

        var page = await (await UploadAsync(browser, csv)).ReadHtmlAsync();

        Assert.Equal((0, 1, 1, 0), Counts(page));
        var updated = await factory.ProductAsync(existing.Id);
        Assert.Equal(("Renamed by the import", 35.00m, 40, await factory.CategoryIdAsync("books")),
            (updated.Name.English, updated.Price, updated.Stock, updated.CategoryId));
        // No description or published column: the product keeps its own, and when it was created.
        Assert.Equal((existing.Description, false, existing.CreatedAt), (updated.Description, updated.IsPublished, updated.CreatedAt));
        Assert.Equal(1, await factory.QueryAsync(db => db.Products.CountAsync(p => p.Slug == existing.Slug)));
    }

    [Fact]
    public async Task Refused_rows_are_listed_with_their_line_and_reason_and_the_valid_rows_go_in()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var (good, badPrice, badCategory, badKind, twice, afterQuote, shortRow, good2) =
            (NewSlug(), NewSlug(), NewSlug(), NewSlug(), NewSlug(), NewSlug(), NewSlug(), NewSlug());
        var csv = string.Join("\r\n",
            $"{Header},published",
            $"{good},tea,Physical,Good tea,10,1,",
            $"{badPrice},tea,Physical,Bad price,12.345,1,",
            $"{badCategory},no-such-category,Physical,Bad category,10,1,",
            $"{badKind},tea,Digital,Bad kind,10,-3,maybe",
            $"{twice},tea,Physical,\"A name\non two lines\",10,1,",
            $"{twice},tea,Physical,Same slug again,10,1,",
            $"{shortRow},tea,Physical,Too few fields",
            $"{good2},books,Physical,Also good,20,2,false",
            $"{afterQuote},tea,Physical,\"Quoted\" then text,10,1,");

        var response = await UploadAsync(browser, csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal((3, 0, 0, 6), Counts(page));
        Assert.Equal(
        [
            (3, "price", "Use at most two decimals (fen)."),
            (4, "category", "No category has the slug “no-such-category”."),
            (5, "stock", "Enter the stock as a whole number, 0 or more."),
            (5, "kind", "Write Physical or Virtual."),
            (5, "published", "Write true or false."),
            (8, "slug", $"The slug “{twice}” is already on line 6 of this file."),
            (9, "", "This row has 4 fields where the header has 7."),
            (11, "", "A quoted field goes on after its closing quote."),
        ], RefusedRows(page));
        Assert.NotNull(await factory.ProductBySlugAsync(good));
        Assert.Equal("A name\non two lines", (await factory.ProductBySlugAsync(twice))!.Name.English);
        Assert.False((await factory.ProductBySlugAsync(good2))!.IsPublished);
        Assert.Null(await factory.ProductBySlugAsync(badPrice));
        Assert.Null(await factory.ProductBySlugAsync(shortRow));
    }

    [Fact]
    public async Task Refusals_are_in_the_admins_language()
    {
        var browser = await factory.CreateAdminBrowserAsync("zh-CN");
        var csv = $"{Header}\n{NewSlug()},tea,Physical,价格不对,,1\n";

        var page = await (await UploadAsync(browser, csv)).ReadHtmlAsync();

        Assert.Equal([(2, "price", "请输入价格。")], RefusedRows(page));
        Assert.Equal("新增 0 个，更新 0 个，未变 0 个，拒绝 1 行。", page.QuerySelector("[data-import-result]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_missing_required_column_refuses_the_whole_file_before_any_row_is_written()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var slug = NewSlug();
        var csv = $"slug,category,kind,name,stock\n{slug},tea,Physical,No price column,1\n";

        var response = await UploadAsync(browser, csv);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("Required columns are missing: price.", page.QuerySelector("[data-file-error]")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("[data-import-result]"));
        Assert.Null(await factory.ProductBySlugAsync(slug));
    }

    [Fact]
    public async Task Unknown_and_repeated_columns_are_refused_by_name()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var slug = NewSlug();
        var csv = $"{Header},colour,Price\n{slug},tea,Physical,Red tea,10,1,red,10\n";

        var response = await UploadAsync(browser, csv);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.ReadHtmlAsync()).QuerySelectorAll("[data-file-error]").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("Unknown columns: colour. The columns of a product file are slug, category", errors[0]);
        Assert.Equal("Columns named more than once: price.", errors[1]);
        Assert.Null(await factory.ProductBySlugAsync(slug));
    }

    [Fact]
    public async Task Quoting_and_a_byte_order_mark_are_read_as_spreadsheets_write_them()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var slug = NewSlug();
        var csv = $""""
            "Slug","Name","Description","Price","Stock","Kind","Category"
            "{slug}","Tea, green ""Longjing""","First line.
            Second, with a comma.","16.00","3","Physical","tea"

            """";

        var page = await (await UploadAsync(browser, csv, byteOrderMark: true)).ReadHtmlAsync();

        Assert.Equal((1, 0, 0, 0), Counts(page));
        var product = (await factory.ProductBySlugAsync(slug))!;
        Assert.Equal("Tea, green \"Longjing\"", product.Name.English);
        Assert.Equal("First line.\nSecond, with a comma.", product.Description.English!.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_row_that_is_not_utf8_is_refused_and_the_others_go_in()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var (gbk, utf8) = (NewSlug(), NewSlug());
        var file = Encoding.UTF8.GetBytes($"{Header}\n{utf8},tea,Physical,龙井,10,1\n")
            .Concat(Encoding.UTF8.GetBytes($"{gbk},tea,Physical,"))
            .Concat(new byte[] { 0xC1, 0xFA, 0xBE, 0xAE }) // 龙井 in GBK
            .Concat(Encoding.UTF8.GetBytes(",10,1\n"))
            .ToArray();

        var page = await (await UploadAsync(browser, file)).ReadHtmlAsync();

        Assert.Equal((1, 0, 0, 1), Counts(page));
        Assert.Equal([(3, "", "This row is not UTF-8 text: save the file as “CSV UTF-8”.")], RefusedRows(page));
        Assert.Equal("龙井", (await factory.ProductBySlugAsync(utf8))!.Name.Chinese);
    }

    [Fact]
    public async Task A_product_keeps_its_kind_and_a_virtual_products_stock_is_its_codes()
    {
        var physical = await factory.AddProductAsync();
        var coded = await factory.AddProductAsync(delivery: VirtualDelivery.Code, codes: 3);
        var newVirtual = NewSlug();
        var browser = await factory.CreateAdminBrowserAsync();
        var csv = $"""
            {Header}
            {physical.Slug},tea,Virtual,{physical.Name.In(Language.Chinese)},10,
            {coded.Slug},tea,Virtual,Renamed codes,9.90,5
            {newVirtual},tea,Virtual,New codes,9.90,2
            {coded.Slug.Replace("test-", "other-")},tea,Virtual,Fine,9.90,0
            """;

        var page = await (await UploadAsync(browser, csv)).ReadHtmlAsync();

        Assert.Equal((1, 0, 0, 3), Counts(page));
        var stockReason = "The stock of a virtual product is its number of codes: leave the stock empty and add codes on the product's codes page.";
        Assert.Equal(
        [
            (2, "kind", "This product is Physical: a product keeps the kind it was created with."),
            (3, "stock", stockReason),
            (4, "stock", stockReason),
        ], RefusedRows(page));
        Assert.Equal((ProductKind.Physical, physical.Name), ((await factory.ProductAsync(physical.Id)).Kind, (await factory.ProductAsync(physical.Id)).Name));
        Assert.Equal(3, (await factory.ProductAsync(coded.Id)).Stock);
    }

    [Fact]
    public async Task A_file_over_the_upload_limit_is_refused_and_nothing_is_written()
    {
        using var limited = factory.WithWebHostBuilder(builder => builder.UseSetting("Storage:MaxImportBytes", "200"));
        var client = limited.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var browser = await AdminBrowsers.SignInAsAdminAsync(limited.Services, client);
        var slug = NewSlug();
        var csv = $"{Header},description\n{slug},tea,Physical,Too big,10,1,{new string('x', 300)}\n";

        var response = await UploadAsync(browser, csv);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("The file is too large: the largest accepted is 200 B.",
            (await response.ReadHtmlAsync()).QuerySelector("[data-file-error]")!.TextContent.Trim());
        Assert.Null(await factory.ProductBySlugAsync(slug));
    }

    [Fact]
    public async Task Sending_no_file_says_to_choose_one()
    {
        var browser = await factory.CreateAdminBrowserAsync();

        var response = await browser.SubmitMultipartFormAsync("/admin/products", [], "/admin/products/import");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Choose a CSV file.", (await response.ReadHtmlAsync()).QuerySelector("[data-file-error]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Imported_products_are_stored_exactly_as_the_product_form_stores_them()
    {
        var browser = await factory.CreateAdminBrowserAsync();
        var fields = AdminCatalogData.NewProductFields(await factory.CategoryIdAsync());
        fields["Form.Price"] = "12.50";
        await browser.SubmitFormAsync("/admin/products/new", fields, action: "/admin/products");
        var imported = NewSlug();
        await UploadAsync(browser, $"{Header}\n{imported},tea,Physical,Imported,12.50,12\n");

        // What each database keeps: SQLite's storage classes, PostgreSQL's column types (and its
        // numeric keeps the column's two decimals).
        var stored = await factory.QueryAsync(db => db.Database.SqlQueryRaw<StoredColumns>(
            db.Database.IsNpgsql()
                ? """
                  SELECT "Slug", CAST("Price" AS text) AS "Price", "Kind", "Delivery", CAST(pg_typeof("Price") AS text) AS "PriceType",
                         CAST(pg_typeof("CreatedAt") AS text) AS "CreatedAtType", CAST(pg_typeof("IsPublished") AS text) AS "PublishedType",
                         CAST("CreatedAt" AT TIME ZONE 'UTC' AS time) <> '00:00' AS "HasTime"
                  FROM "Products" WHERE "Slug" IN ({0}, {1}) ORDER BY "Id"
                  """
                : """
                  SELECT "Slug", "Price", "Kind", "Delivery", typeof("Price") AS "PriceType", typeof("CreatedAt") AS "CreatedAtType",
                         typeof("IsPublished") AS "PublishedType", length("CreatedAt") > 18 AS "HasTime"
                  FROM "Products" WHERE "Slug" IN ({0}, {1}) ORDER BY "Id"
                  """,
            fields["Form.Slug"], imported).ToListAsync());

        Assert.Equal(2, stored.Count);
        Assert.Equal(stored[0] with { Slug = "" }, stored[1] with { Slug = "" });
        Assert.True(stored[0].HasTime);
        var price = factory.Database.Provider == DatabaseProvider.Postgres ? "12.50" : "12.5";
        Assert.Equal((price, "Physical", "None"), (stored[0].Price, stored[0].Kind, stored[0].Delivery));
    }

    private sealed record StoredColumns(string Slug, string Price, string Kind, string Delivery, string PriceType, string CreatedAtType, string PublishedType, bool HasTime);
}
