using System.Globalization;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Domain.Shipping;
using Shop.Web.Data;

namespace Shop.Tests.Web.Admin;

/// <summary>
/// The admin tests' own products and orders, written straight to the database, so that a test never
/// changes what another test reads; and the product form's fields as a browser posts them.
/// </summary>
public static class AdminCatalogData
{
    public static string NewSlug() => "admin-test-" + Guid.NewGuid().ToString("N")[..12];

    public static Task<Product> ProductAsync(this ShopWebApplicationFactory factory, int id) =>
        factory.QueryAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Id == id));

    public static Task<Product?> ProductBySlugAsync(this ShopWebApplicationFactory factory, string slug) =>
        factory.QueryAsync(db => db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug));

    public static Task<int> CategoryIdAsync(this ShopWebApplicationFactory factory, string slug = "tea") =>
        factory.QueryAsync(db => db.Categories.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());

    /// <summary>An order for one unit of the product, placed (unpaid) as checkout places it, holding its stock.</summary>
    public static async Task<Order> PlaceOrderAsync(this ShopWebApplicationFactory factory, int productId)
    {
        var email = ShopWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(email);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var product = await db.Products.SingleAsync(p => p.Id == productId);
        var buyerId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var now = DateTime.UtcNow;
        var physical = product.Kind == ProductKind.Physical;
        var order = Order.PlaceForGoods(
            OrderNumber.New(now), buyerId, email,
            [new OrderLine(product.Id, product.Name, product.Price, 1, product.Kind, product.Delivery)],
            physical ? new ShippingAddress("张三", "杭州市西湖区文三路 1 号", "310000", null, "13800000000") : null,
            physical ? new LogisticsQuote(LogisticsType.Express, 10m, LogisticsPayment.BuyerPay) : null,
            physical ? "trade_create_by_buyer" : "create_digital_goods_trade_p", now, now.AddHours(2));
        product.TryReserve(1);
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order;
    }

    /// <summary>The product form's fields for a valid new physical product; tests change what they are about.</summary>
    public static Dictionary<string, string> NewProductFields(int categoryId, string? slug = null) => new()
    {
        ["Form.NameZh"] = "测试茶壶",
        ["Form.NameEn"] = "Test teapot",
        ["Form.Slug"] = slug ?? NewSlug(),
        ["Form.ShortDescriptionZh"] = "测试做的茶壶。",
        ["Form.ShortDescriptionEn"] = "A teapot made by a test.",
        ["Form.DescriptionZh"] = "容量 300ml。",
        ["Form.DescriptionEn"] = "Holds 300 ml.",
        ["Form.Price"] = "168.00",
        ["Form.Kind"] = "Physical",
        ["Form.CategoryId"] = categoryId.ToString(CultureInfo.InvariantCulture),
        ["Form.Stock"] = "12",
        ["Form.Published"] = "true",
    };

    /// <summary>The edit form's fields as the edit page fills them for the product.</summary>
    public static Dictionary<string, string> EditFields(Product product) => new()
    {
        ["Form.NameZh"] = product.Name.Chinese ?? "",
        ["Form.NameEn"] = product.Name.English ?? "",
        ["Form.Slug"] = product.Slug,
        ["Form.ShortDescriptionZh"] = product.ShortDescription.Chinese ?? "",
        ["Form.ShortDescriptionEn"] = product.ShortDescription.English ?? "",
        ["Form.DescriptionZh"] = product.Description.Chinese ?? "",
        ["Form.DescriptionEn"] = product.Description.English ?? "",
        ["Form.Price"] = product.Price.ToString("0.00", CultureInfo.InvariantCulture),
        ["Form.CategoryId"] = product.CategoryId.ToString(CultureInfo.InvariantCulture),
        ["Form.Stock"] = product.Stock.ToString(CultureInfo.InvariantCulture),
        ["Form.StockWhenOpened"] = product.Stock.ToString(CultureInfo.InvariantCulture),
        ["Form.Published"] = product.IsPublished ? "true" : "false",
        ["Form.Featured"] = product.IsFeatured ? "true" : "false",
    };

    public static async Task<IHtmlDocument> ReadHtmlAsync(this HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>The id the app redirected to, from <c>/admin/products/{id}/edit</c>.</summary>
    public static int RedirectedProductId(this HttpResponseMessage response)
    {
        var path = response.RedirectPath() ?? throw new InvalidOperationException($"No redirect: {response.StatusCode}.");
        return int.Parse(path.Split('/')[3], CultureInfo.InvariantCulture);
    }
}
