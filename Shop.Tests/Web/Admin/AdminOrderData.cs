using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Domain.Shipping;
using Shop.Web.Data;

namespace Shop.Tests.Web.Admin;

/// <summary>
/// Orders for the admin's lists, written straight to the database through the domain: placed at
/// the time a test names and moved by the payment events it names, as Alipay's notifications
/// would move them. Their trade numbers are made up, so Alipay (the sandbox) does not know them;
/// orders really paid through the sandbox come from <see cref="Payments.ShopPayments"/>.
/// </summary>
public static class AdminOrderData
{
    private const string BuyerEmail = "admin-orders-buyer@example.com";

    public static async Task<Order> AddGoodsOrderAsync(
        this ShopWebApplicationFactory factory,
        OrderKind kind = OrderKind.Physical,
        string receiver = "张三",
        string? email = null,
        decimal price = 100m,
        decimal fee = 10m,
        DateTime? createdAt = null,
        params PaymentEvent[] events)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var physical = kind == OrderKind.Physical;
        var product = await db.Products.AsNoTracking()
            .Where(p => p.Kind == (physical ? ProductKind.Physical : ProductKind.Virtual))
            .OrderBy(p => p.Id)
            .FirstAsync();
        var placed = createdAt ?? DateTime.UtcNow;
        var order = Order.PlaceForGoods(
            await NewNumberAsync(db, placed), await BuyerIdAsync(scope), email ?? BuyerEmail,
            [new OrderLine(product.Id, product.Name, price, 1, product.Kind, product.Delivery)],
            physical ? new ShippingAddress(receiver, "浙江省杭州市西湖区文三路 100 号", "310000", null, "13800138000") : null,
            physical ? new LogisticsQuote(LogisticsType.Express, fee, fee == 0m ? LogisticsPayment.SellerPay : LogisticsPayment.BuyerPay) : null,
            physical ? "trade_create_by_buyer" : "create_digital_goods_trade_p", placed, placed.AddHours(2));
        Apply(order, placed.AddMinutes(1), events);
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order;
    }

    /// <summary>A donation, paid (instantly, as donations are) at <paramref name="paidAt"/>, or never when it is null.</summary>
    public static async Task<Order> AddDonationAsync(
        this ShopWebApplicationFactory factory, decimal amount, string? donorName = "李四", string? message = null,
        bool anonymous = false, DateTime? paidAt = null, DateTime? createdAt = null)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var placed = createdAt ?? paidAt?.AddMinutes(-1) ?? DateTime.UtcNow;
        var order = Order.PlaceDonation(
            await NewNumberAsync(db, placed), amount, new DonationDetails(donorName, message, anonymous), null, null,
            "create_donate_trade_p", placed, placed.AddHours(2));
        if (paidAt is { } paid)
        {
            Apply(order, paid, [PaymentEvent.Paid]);
        }
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order;
    }

    /// <summary>A trade number of Alipay's shape that no trade has.</summary>
    public static string UnknownTradeNo() =>
        "2026" + RandomNumberGenerator.GetInt32(0, int.MaxValue).ToString("D12", CultureInfo.InvariantCulture) + "000000000000";

    private static void Apply(Order order, DateTime at, PaymentEvent[] events)
    {
        var report = new PaymentReport("test", UnknownTradeNo(), "buyer@sandbox.alipay.test", order.Total, PaidAt: at, ClosedAt: at);
        foreach (var paymentEvent in events)
        {
            order.ApplyPayment(paymentEvent, report, at, null);
        }
    }

    private static async Task<string> BuyerIdAsync(IServiceScope scope)
    {
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByEmailAsync(BuyerEmail) is { } existing)
        {
            return existing.Id;
        }
        var user = new IdentityUser { UserName = BuyerEmail, Email = BuyerEmail };
        await users.CreateAsync(user, ShopWebApplicationFactory.Password);
        return user.Id;
    }

    private static async Task<string> NewNumberAsync(ShopDbContext db, DateTime placed)
    {
        string number;
        do
        {
            number = OrderNumber.New(placed);
        }
        while (await db.Orders.AnyAsync(o => o.Number == number));
        return number;
    }
}
