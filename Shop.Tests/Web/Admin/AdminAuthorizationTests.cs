using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;

namespace Shop.Tests.Web.Admin;

/// <summary>Every admin page and action is for admins only: others sign in first, or are refused, and nothing changes.</summary>
public class AdminAuthorizationTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    public static TheoryData<string> Pages =>
    [
        "/admin",
        "/admin/orders",
        "/admin/orders?status=AwaitingShipment&kind=physical",
        "/admin/orders.csv",
        "/admin/orders/{order}",
        "/admin/donations",
        "/admin/products",
        "/admin/products/low-stock",
        "/admin/products/new",
        "/admin/products/import",
        "/admin/products/{product}/edit",
        "/admin/products/{code-product}/codes",
        "/admin/categories",
        "/admin/categories/new",
        "/admin/categories/{category}/edit",
    ];

    public static TheoryData<string> Actions =>
    [
        "/admin/orders/{order}/ship",
        "/admin/orders/{order}/reconcile",
        "/admin/orders/{order}/notes",
        "/admin/donations/{donation}/hide-message",
        "/admin/donations/{donation}/show-message",
        "/admin/products",
        "/admin/products/import",
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

        // With a valid anti-forgery token (the donation form has one for everyone), so that it is authorization that refuses.
        var response = await factory.CreateBrowser().SubmitFormAsync("/donate", Fields(), action: url);

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
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            Assert.Contains("data-admin", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task An_order_or_a_donation_that_does_not_exist_is_not_found_for_an_admin()
    {
        var browser = await factory.CreateAdminBrowserAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/admin/orders/20260101000000000000")).StatusCode);
        foreach (var action in new[] { "/admin/orders/20260101000000000000/ship", "/admin/orders/20260101000000000000/reconcile",
                     "/admin/orders/20260101000000000000/notes", "/admin/donations/20260101000000000000/hide-message" })
        {
            var response = await browser.SubmitFormAsync("/admin/orders", Fields(), action: action);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    /// <summary>The cookie handler sends a refused user to the access-denied page, which answers 403.</summary>
    private static async Task AssertRefusedAsync(HttpClient browser, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var deniedPage = response.RedirectPath()!;
        Assert.StartsWith("/Identity/Account/AccessDenied", deniedPage);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(deniedPage)).StatusCode);
    }

    /// <summary>Fields that would change things if they got through, whichever form they reach.</summary>
    private static Dictionary<string, string> Fields() => new()
    {
        ["Form.NameZh"] = "Hacked",
        ["Form.NameEn"] = "Hacked",
        ["Form.Price"] = "0.01",
        ["codes"] = "HACKED-CODE",
        ["carrier"] = "SF Express",
        ["trackingNumber"] = "SF0000000001",
        ["transportType"] = "EXPRESS",
        ["note"] = "Hacked",
    };

    private Task<string> SnapshotAsync() =>
        factory.QueryAsync(async db =>
        {
            var products = await db.Products.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
            var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
            var codes = await db.ProductCodes.CountAsync();
            var orders = await db.Orders.AsNoTracking().Include(o => o.History).Include(o => o.Shipments)
                .OrderBy(o => o.Id).ToListAsync();
            var notifications = await db.PaymentNotifications.CountAsync();
            return string.Join("|", products.Select(p => $"{p.Id}:{p.Name}:{p.Price}:{p.IsPublished}:{p.Stock}:{p.DeliveryFileName}"))
                + "#" + string.Join("|", categories.Select(c => $"{c.Id}:{c.Name}")) + "#" + codes
                + "#" + string.Join("|", orders.Select(o =>
                    $"{o.Number}:{o.Status}:{o.PaymentState}:{o.Version}:{o.History.Count}:{o.Shipments.Count}:{o.Donation?.MessageHidden}"))
                + "#" + notifications;
        });

    private async Task<string> ResolveAsync(string route)
    {
        // An order an admin could ship locally (paid instantly), so a refused ship would show if it got through.
        var order = await factory.QueryAsync(db => db.Orders.Where(o => o.Kind == OrderKind.Physical).Select(o => o.Number).FirstOrDefaultAsync())
            ?? (await factory.AddGoodsOrderAsync(events: PaymentEvent.Paid)).Number;
        var donation = await factory.QueryAsync(db => db.Orders.Where(o => o.Kind == OrderKind.Donation).Select(o => o.Number).FirstOrDefaultAsync())
            ?? (await factory.AddDonationAsync(20m, message: "加油", paidAt: DateTime.UtcNow)).Number;
        var ids = await factory.QueryAsync(async db => new Dictionary<string, int>
        {
            ["{product}"] = await db.Products.Where(p => p.Slug == "to-live").Select(p => p.Id).SingleAsync(),
            ["{code-product}"] = await db.Products.Where(p => p.Slug == "gift-card-50").Select(p => p.Id).SingleAsync(),
            ["{file-product}"] = await db.Products.Where(p => p.Delivery == VirtualDelivery.File).Select(p => p.Id).FirstAsync(),
            ["{category}"] = await db.Categories.Where(c => c.Slug == "tea").Select(c => c.Id).SingleAsync(),
            ["{code}"] = await db.ProductCodes.Where(c => c.OrderId == null).Select(c => c.Id).FirstAsync(),
        });
        return ids.Aggregate(route.Replace("{order}", order).Replace("{donation}", donation),
            (url, id) => url.Replace(id.Key, id.Value.ToString(CultureInfo.InvariantCulture)));
    }
}
