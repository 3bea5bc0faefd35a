using System.Globalization;
using System.Net;
using Shop.Tests.Web.Checkout;
using Shop.Web.Features.Catalog;

namespace Shop.Tests.Web.Storefront;

/// <summary>
/// The catalog's cache (README: Performance): the catalog's pages come from the output cache for
/// everyone, every change of the catalog makes the next request fresh, and nothing of one visitor
/// (cart count, name, anti-forgery token) reaches another. Whether a page came from the cache is
/// seen in the SQL the request ran (none for an anonymous visitor) and in its Age header.
/// </summary>
public class CatalogCacheTests(SqlRecordingShopFactory factory) : IClassFixture<SqlRecordingShopFactory>
{
    [Fact]
    public async Task An_anonymous_page_is_served_from_the_cache_without_touching_the_database()
    {
        var product = await factory.AddProductAsync(price: 12.30m);
        var url = $"/catalog/{product.Slug}";
        var first = await factory.CreateBrowser().GetStringAsync(url);

        factory.Log.Clear();
        using var response = await factory.CreateBrowser().GetAsync(url);
        var second = await response.Content.ReadAsStringAsync();

        Assert.Empty(factory.Log.For(url));
        // The output cache says how old what it serves is.
        Assert.NotNull(response.Headers.Age);
        Assert.All(response.Headers.GetValues("Set-Cookie"), cookie => Assert.StartsWith(".AspNetCore.Antiforgery.", cookie));
        Assert.Contains("¥12.30", second);
        Assert.Equal(WithoutTokens(first), WithoutTokens(second));
    }

    [Fact]
    public async Task A_new_visitors_listing_pages_carry_no_token_and_set_no_cookie()
    {
        foreach (var url in new[] { "/", "/catalog", "/catalog?category=tea", "/catalog?q=tea" })
        {
            using var response = await factory.CreateBrowser().GetAsync(url);
            var page = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Set-Cookie"), url);
            Assert.Null(HtmlFormExtensions.AntiforgeryTokenIn(page));
            Assert.DoesNotContain(CachedPageVisitorParts.TokenPlaceholder, page);
            // The language menu is links, which a page kept for everyone can carry.
            Assert.Contains($"/culture?culture=en&amp;returnUrl={Uri.EscapeDataString(url)}", page);
        }
    }

    [Fact]
    public async Task A_price_edited_by_the_admin_shows_on_the_next_anonymous_request_of_every_page()
    {
        var product = await factory.AddProductAsync(price: 20m);
        var productUrl = $"/catalog/{product.Slug}";
        var listUrl = "/catalog?category=tea&sort=price-desc";
        Assert.Equal("¥20.00", PriceOn(await factory.CreateBrowser().GetHtmlAsync(productUrl)));
        Assert.Equal("¥20.00", ListedPrice(await factory.CreateBrowser().GetHtmlAsync(listUrl), product.Id));

        var admin = await Admin.AdminBrowsers.CreateAdminBrowserAsync(factory);
        var fields = Admin.AdminCatalogData.EditFields(product);
        fields["Form.Price"] = "4321.00";
        var saved = await admin.SubmitFormAsync($"/admin/products/{product.Id}/edit", fields, action: $"/admin/products/{product.Id}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal("¥4,321.00", PriceOn(await factory.CreateBrowser().GetHtmlAsync(productUrl)));
        Assert.Equal("¥4,321.00", ListedPrice(await factory.CreateBrowser().GetHtmlAsync(listUrl), product.Id));
        // A signed-in buyer's page is drawn from the cached data, forgotten at the same change.
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        Assert.Equal("¥4,321.00", PriceOn(await buyer.GetHtmlAsync(productUrl)));
    }

    [Fact]
    public async Task A_sale_of_the_last_unit_shows_sold_out_on_the_next_anonymous_request()
    {
        var product = await factory.AddProductAsync(stock: 1);
        var url = $"/catalog/{product.Slug}";
        Assert.NotNull((await factory.CreateBrowser().GetHtmlAsync(url)).QuerySelector("[data-add-to-cart]"));

        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        var placed = await CheckoutTests.PlaceAsync(buyer, CheckoutTests.Address());
        Assert.EndsWith("/pay", placed.RedirectPath());

        var page = await factory.CreateBrowser().GetHtmlAsync(url);
        Assert.NotNull(page.QuerySelector("[data-sold-out]"));
        Assert.Null(page.QuerySelector("[data-add-to-cart]"));
    }

    [Fact]
    public async Task A_product_deleted_by_the_admin_is_gone_from_the_next_anonymous_request()
    {
        var product = await factory.AddProductAsync();
        var url = $"/catalog/{product.Slug}";
        await factory.CreateBrowser().GetHtmlAsync(url);

        await factory.ChangeAsync(async db => db.Products.Remove(await db.Products.FindAsync(product.Id) ?? throw new InvalidOperationException()));

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowser().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Products_imported_by_the_admin_show_on_the_next_anonymous_request()
    {
        Assert.NotNull((await factory.CreateBrowser().GetHtmlAsync("/catalog?category=tea")).QuerySelector("[data-product-list]"));
        var slug = Admin.AdminCatalogData.NewSlug();
        var admin = await Admin.AdminBrowsers.CreateAdminBrowserAsync(factory);

        var csv = $"slug,category,kind,name,price,stock\n{slug},tea,Physical,Imported teapot,88.80,5\n";
        var imported = await admin.SubmitMultipartFormAsync("/admin/products", [], "/admin/products/import",
            new UploadedFile("file", "products.csv", "text/csv", System.Text.Encoding.UTF8.GetBytes(csv)));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        var product = await Admin.AdminCatalogData.ProductBySlugAsync(factory, slug);
        Assert.Contains(product!.Id, (await factory.CreateBrowser().GetHtmlAsync("/catalog?category=tea")).ListedProductIds());
        Assert.Equal("¥88.80", PriceOn(await factory.CreateBrowser().GetHtmlAsync($"/catalog/{slug}")));
    }

    [Fact]
    public async Task A_category_renamed_by_the_admin_shows_its_new_name_on_the_next_anonymous_request()
    {
        var admin = await Admin.AdminBrowsers.CreateAdminBrowserAsync(factory);
        var slug = Admin.AdminCatalogData.NewSlug();
        var fields = new Dictionary<string, string>
        {
            ["Form.NameZh"] = "旧的分类",
            ["Form.NameEn"] = "",
            ["Form.Slug"] = slug,
            ["Form.DescriptionZh"] = "",
            ["Form.DescriptionEn"] = "",
            ["Form.SortOrder"] = "0",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync("/admin/categories/new", fields, action: "/admin/categories")).StatusCode);
        Assert.Contains("旧的分类", await factory.CreateBrowser().GetStringAsync("/catalog"));
        var id = await Admin.AdminCatalogData.CategoryIdAsync(factory, slug);

        fields["Form.NameZh"] = "新的分类";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitFormAsync($"/admin/categories/{id}/edit", fields, action: $"/admin/categories/{id}")).StatusCode);

        var page = await factory.CreateBrowser().GetStringAsync("/catalog");
        Assert.Contains("新的分类", page);
        Assert.DoesNotContain("旧的分类", page);
    }

    [Fact]
    public async Task Every_visitor_of_a_cached_page_gets_a_token_of_their_own_that_works_only_for_them()
    {
        var product = await factory.AddProductAsync();
        var url = $"/catalog/{product.Slug}";
        var first = factory.CreateBrowser();
        var second = factory.CreateBrowser();
        var firstToken = await first.GetAntiforgeryTokenAsync(url);

        factory.Log.Clear();
        using var response = await second.GetAsync(url);
        var secondPage = await response.Content.ReadAsStringAsync();
        Assert.Empty(factory.Log.For(url));
        Assert.NotNull(response.Headers.Age);

        var secondToken = HtmlFormExtensions.AntiforgeryTokenIn(secondPage)!;
        Assert.NotEqual(firstToken, secondToken);
        Assert.DoesNotContain("__visitor-antiforgery-token__", secondPage);
        Assert.Equal(HttpStatusCode.BadRequest, (await AddToCartWithTokenAsync(second, product.Id, firstToken)).StatusCode);
        Assert.Equal("/cart", (await AddToCartWithTokenAsync(second, product.Id, secondToken)).RedirectPath());
    }

    [Fact]
    public async Task Buyers_and_guests_with_a_cart_are_served_kept_pages_with_their_own_count_and_name()
    {
        var product = await factory.AddProductAsync();
        var (buyer, email) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id, 2);
        var (otherBuyer, otherEmail) = await factory.CreateSignedInBrowserAsync();
        var guestWithCart = factory.CreateBrowser();
        await guestWithCart.AddToCartAsync(product.Id, 3);
        // As a browser does after adding: the cart shows "added" once, and no message waits any more.
        await buyer.GetStringAsync("/cart");
        await guestWithCart.GetStringAsync("/cart");

        foreach (var url in new[] { "/", "/catalog", "/catalog?category=tea", $"/catalog/{product.Slug}" })
        {
            var buyerPage = await buyer.GetHtmlAsync(url);
            var anonymous = await factory.CreateBrowser().GetStringAsync(url);
            // Served what the first buyer's and the anonymous visitor's requests kept (the output cache says how old it is).
            var (otherBuyerPage, otherBuyerKept) = await KeptPageAsync(otherBuyer, url);
            var (guestPage, guestKept) = await KeptPageAsync(guestWithCart, url);
            var (anonymousPage, anonymousKept) = await KeptPageAsync(factory.CreateBrowser(), url);

            Assert.True(otherBuyerKept && guestKept && anonymousKept, url);
            Assert.Equal(2, buyerPage.CartCount());
            Assert.Equal(email, buyerPage.QuerySelector("header .account-name")!.TextContent.Trim());
            Assert.Equal(0, otherBuyerPage.CartCount());
            Assert.Equal(otherEmail, otherBuyerPage.QuerySelector("header .account-name")!.TextContent.Trim());
            Assert.Equal(otherEmail, otherBuyerPage.QuerySelector("header .account-name")!.GetAttribute("title"));
            Assert.DoesNotContain(email, otherBuyerPage.DocumentElement.OuterHtml);
            Assert.Equal(3, guestPage.CartCount());
            Assert.Equal(0, anonymousPage.CartCount());
            Assert.DoesNotContain(email, anonymous);
            Assert.Null(anonymousPage.QuerySelector("header .account-name"));
            Assert.Null(guestPage.QuerySelector("header .account-name"));
            Assert.DoesNotContain("__visitor-", otherBuyerPage.DocumentElement.OuterHtml);
            Assert.DoesNotContain("__visitor-", guestPage.DocumentElement.OuterHtml);
            // And the other way: the guest and the buyer are not served what an anonymous visitor got.
            Assert.Equal(3, (await guestWithCart.GetHtmlAsync(url)).CartCount());
            Assert.Equal(2, (await buyer.GetHtmlAsync(url)).CartCount());
        }
    }

    [Fact]
    public async Task A_message_waiting_for_a_visitor_shows_on_a_kept_page_once()
    {
        // The home page is kept for guests; a buyer deleting their account is sent there as a guest, with a message.
        await factory.CreateBrowser().GetStringAsync("/");
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        var deleted = await buyer.SubmitFormAsync("/Identity/Account/Manage/PersonalData",
            new() { ["Input.Password"] = ShopWebApplicationFactory.Password }, action: "/Identity/Account/Manage/PersonalData?handler=Delete");
        Assert.Equal("/", deleted.RedirectPath());

        var (withMessage, keptWithMessage) = await KeptPageAsync(buyer, "/");
        var (afterwards, keptAfterwards) = await KeptPageAsync(buyer, "/");

        Assert.False(keptWithMessage);
        Assert.NotNull(withMessage.QuerySelector("[data-flash='message']"));
        Assert.True(keptAfterwards);
        Assert.Null(afterwards.QuerySelector("[data-flash]"));
        Assert.Null((await KeptPageAsync(factory.CreateBrowser(), "/")).Page.QuerySelector("[data-flash]"));
    }

    [Fact]
    public async Task The_layouts_kept_parts_show_each_visitor_their_own_name_and_the_admin_link_to_admins_only()
    {
        var admin = await Admin.AdminBrowsers.CreateAdminBrowserAsync(factory);
        var (first, firstEmail) = await factory.CreateSignedInBrowserAsync();
        var (second, secondEmail) = await factory.CreateSignedInBrowserAsync();

        foreach (var url in new[] { "/", "/catalog", "/cart" })
        {
            var adminPage = await admin.GetHtmlAsync(url);
            var firstPage = await first.GetHtmlAsync(url);
            var secondPage = await second.GetHtmlAsync(url);

            Assert.NotNull(adminPage.QuerySelector("header a.nav-link[href='/admin']"));
            Assert.Null(firstPage.QuerySelector("header a.nav-link[href='/admin']"));
            Assert.Equal(firstEmail, firstPage.QuerySelector("header .account-name")!.TextContent.Trim());
            Assert.Equal(secondEmail, secondPage.QuerySelector("header .account-name")!.TextContent.Trim());
            Assert.DoesNotContain(firstEmail, secondPage.DocumentElement.OuterHtml);
        }
    }

    [Fact]
    public async Task A_signed_in_buyers_kept_page_body_carries_their_own_token_and_the_latest_price()
    {
        var product = await factory.AddProductAsync(price: 30m);
        var url = $"/catalog/{product.Slug}";
        var (first, _) = await factory.CreateSignedInBrowserAsync();
        var (second, secondEmail) = await factory.CreateSignedInBrowserAsync();
        var firstToken = await first.GetAntiforgeryTokenAsync(url);

        // The body the first buyer's view kept is the second buyer's, with the second buyer's token in its form.
        var secondPage = await second.GetStringAsync(url);
        var secondToken = HtmlFormExtensions.AntiforgeryTokenIn(secondPage)!;
        Assert.DoesNotContain("__visitor-antiforgery-token__", secondPage);
        Assert.Contains(secondEmail, secondPage);
        Assert.NotEqual(firstToken, secondToken);
        Assert.Equal(HttpStatusCode.BadRequest, (await AddToCartWithTokenAsync(second, product.Id, firstToken)).StatusCode);
        Assert.Equal("/cart", (await AddToCartWithTokenAsync(second, product.Id, secondToken)).RedirectPath());

        var admin = await Admin.AdminBrowsers.CreateAdminBrowserAsync(factory);
        var fields = Admin.AdminCatalogData.EditFields(product);
        fields["Form.Price"] = "31.50";
        await admin.SubmitFormAsync($"/admin/products/{product.Id}/edit", fields, action: $"/admin/products/{product.Id}");

        Assert.Equal("¥31.50", PriceOn(await first.GetHtmlAsync(url)));
        Assert.Equal("¥31.50", ListedPrice(await second.GetHtmlAsync("/catalog?category=tea&sort=price"), product.Id));
    }

    [Fact]
    public async Task A_cached_page_is_kept_per_language()
    {
        var chinese = factory.CreateBrowser();
        var english = factory.CreateBrowser();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        Assert.Equal("zh-CN", (await chinese.GetHtmlAsync("/catalog")).DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", (await english.GetHtmlAsync("/catalog")).DocumentElement.GetAttribute("lang"));
        Assert.Equal("zh-CN", (await factory.CreateBrowser().GetHtmlAsync("/catalog")).DocumentElement.GetAttribute("lang"));
    }

    /// <summary>A page, and whether the output cache served it (it then says how old it is).</summary>
    private static async Task<(AngleSharp.Html.Dom.IHtmlDocument Page, bool Kept)> KeptPageAsync(HttpClient browser, string url)
    {
        using var response = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadHtmlAsync(), response.Headers.Age is not null);
    }

    private static Task<HttpResponseMessage> AddToCartWithTokenAsync(HttpClient browser, int productId, string token) =>
        browser.PostAsync("/cart/items", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["productId"] = productId.ToString(CultureInfo.InvariantCulture),
            ["quantity"] = "1",
            [HtmlFormExtensions.AntiforgeryFieldName] = token,
        }));

    private static string PriceOn(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("[data-price]")!.TextContent.Trim();

    private static string ListedPrice(AngleSharp.Html.Dom.IHtmlDocument page, int productId) =>
        page.QuerySelector($"[data-product-id='{productId}'] .price")!.TextContent.Trim();

    private static string WithoutTokens(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "");
}
