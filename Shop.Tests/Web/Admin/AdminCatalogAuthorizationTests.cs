using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;

namespace Shop.Tests.Web.Admin;

/// <summary>Every catalog page and action of the admin is for admins only: others sign in first, or are refused.</summary>
public class AdminCatalogAuthorizationTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    public static TheoryData<string> Pages =>
    [
        "/admin/products",
        "/admin/products/low-stock",
        "/admin/products/new",
        "/admin/products/{product}/edit",
        "/admin/products/{code-product}/codes",
        "/admin/categories",
        "/admin/categories/new",
        "/admin/categories/{category}/edit",
    ];

    public static TheoryData<string> Actions =>
    [
        "/admin/products",
        "/admin/products/{product}",
        "/admin/products/{product}/publish",
        "/admin/products/{product}/unpublish",
        "/admin/products/{file-product}/download",
        "/admin/products/{product}/delete",
        "/admin/products/{code-product}/codes",
        "/admin/products/{code-product}/codes/{code}/remove",
        "/admin/categories",
        "/admin/categories/{category}",
        "/admin/categories/{category}/delete",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string route)
    {
        var url = await ResolveAsync(route);

        var response = await factory.CreateBrowser().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login?ReturnUrl=", response.RedirectPath());
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Anonymous_posts_are_sent_to_sign_in_and_change_nothing(string route)
    {
        var url = await ResolveAsync(route);
        var before = await SnapshotAsync();

        // With a valid anti-forgery token, so that it is authorization that refuses.
        var response = await factory.CreateBrowser().SubmitFormAsync("/", Fields(), action: url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login?ReturnUrl=", response.RedirectPath());
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Buyers_are_refused_with_403(string route)
    {
        var url = await ResolveAsync(route);
        var (browser, _) = await factory.CreateSignedInBrowserAsync();

        var response = await browser.GetAsync(url);

        await AssertRefusedAsync(browser, response);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Buyer_posts_are_refused_with_403_and_change_nothing(string route)
    {
        var url = await ResolveAsync(route);
        var (browser, _) = await factory.CreateSignedInBrowserAsync();
        var before = await SnapshotAsync();

        var response = await browser.SubmitFormAsync("/", Fields(), action: url);

        await AssertRefusedAsync(browser, response);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Admins_open_every_page(string route)
    {
        var url = await ResolveAsync(route);
        var browser = await factory.CreateAdminBrowserAsync();

        var response = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-admin", await response.Content.ReadAsStringAsync());
    }

    /// <summary>The cookie handler sends a refused user to the access-denied page, which answers 403.</summary>
    private static async Task AssertRefusedAsync(HttpClient browser, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var deniedPage = response.RedirectPath()!;
        Assert.StartsWith("/Identity/Account/AccessDenied", deniedPage);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(deniedPage)).StatusCode);
    }

    /// <summary>Fields that would change things if they got through.</summary>
    private static Dictionary<string, string> Fields() => new()
    {
        ["Form.Name"] = "Hacked",
        ["Form.Price"] = "0.01",
        ["codes"] = "HACKED-CODE",
    };

    private Task<string> SnapshotAsync() =>
        factory.QueryAsync(async db =>
        {
            var products = await db.Products.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
            var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
            var codes = await db.ProductCodes.CountAsync();
            return string.Join("|", products.Select(p => $"{p.Id}:{p.Name}:{p.Price}:{p.IsPublished}:{p.Stock}:{p.DeliveryFileName}"))
                + "#" + string.Join("|", categories.Select(c => $"{c.Id}:{c.Name}")) + "#" + codes;
        });

    private async Task<string> ResolveAsync(string route)
    {
        var ids = await factory.QueryAsync(async db => new Dictionary<string, int>
        {
            ["{product}"] = await db.Products.Where(p => p.Slug == "to-live").Select(p => p.Id).SingleAsync(),
            ["{code-product}"] = await db.Products.Where(p => p.Slug == "gift-card-50").Select(p => p.Id).SingleAsync(),
            ["{file-product}"] = await db.Products.Where(p => p.Delivery == VirtualDelivery.File).Select(p => p.Id).FirstAsync(),
            ["{category}"] = await db.Categories.Where(c => c.Slug == "tea").Select(c => c.Id).SingleAsync(),
            ["{code}"] = await db.ProductCodes.Where(c => c.OrderId == null).Select(c => c.Id).FirstAsync(),
        });
        return ids.Aggregate(route, (url, id) => url.Replace(id.Key, id.Value.ToString(CultureInfo.InvariantCulture)));
    }
}
