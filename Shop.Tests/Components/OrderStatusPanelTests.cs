using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Domain.Shipping;
using Shop.Tests.Builders;
using Shop.Tests.Web;
using Shop.Web.Components;
using Shop.Web.Data;
using Shop.Web.Features.Instances;
using Shop.Web.Features.Orders;

namespace Shop.Tests.Components;

/// <summary>
/// The live status panel, rendered by bUnit over a real (migrated) SQLite database; its links come
/// from the shop's own routes (the app's LinkGenerator).
/// </summary>
public sealed class OrderStatusPanelTests : IClassFixture<ShopWebApplicationFactory>, IDisposable
{
    private readonly BunitContext _context = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("shop-panel-").FullName;
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;

    public OrderStatusPanelTests(ShopWebApplicationFactory shop)
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        // The orders here stand alone: no buyer accounts or products behind them.
        var connection = $"Data Source={Path.Combine(_folder, "shop.db")};Foreign Keys=False";
        _context.Services.AddDbContext<ShopDbContext>(options => options.UseSqlite(connection));
        _context.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        _context.Services.AddLogging();
        _context.Services.AddSingleton<ShopSignals, InProcessShopSignals>();
        _context.Services.AddSingleton<OrderEvents>();
        _context.Services.AddSingleton<OrderStatusQuery>();
        _context.Services.AddSingleton(shop.Services.GetRequiredService<LinkGenerator>());
        using var scope = _context.Services.GetRequiredService<IServiceScopeFactory>().CreateScope();
        scope.ServiceProvider.GetRequiredService<ShopDbContext>().Database.Migrate();
    }

    private async Task<Order> SaveAsync(Order order)
    {
        using var scope = _context.Services.GetRequiredService<IServiceScopeFactory>().CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order;
    }

    private async Task ChangeAsync(string number, Action<Order> change)
    {
        using var scope = _context.Services.GetRequiredService<IServiceScopeFactory>().CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        change(await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Number == number));
        await db.SaveChangesAsync();
    }

    private static PaymentReport Report(string status) => new(status, TradeNo: "2026112521001004000000000001");

    [Fact]
    public async Task A_new_order_shows_waiting_for_payment_with_its_pay_button_for_the_buyer()
    {
        var order = await SaveAsync(OrderBuilder.Physical());

        var panel = _context.Render<OrderStatusPanel>(p => p
            .Add(c => c.OrderNumber, order.Number)
            .Add(c => c.AntiforgeryToken, "token"));

        Assert.Equal("PendingPayment", panel.Find("[data-order-status]").GetAttribute("data-order-status"));
        Assert.Equal("Waiting for payment", panel.Find("[data-status-title]").TextContent);
        Assert.Equal($"/orders/{order.Number}/pay", panel.Find("[data-pay-again]").GetAttribute("href"));
        Assert.Equal($"/orders/{order.Number}/cancel", panel.Find("[data-cancel-order]").Closest("form")!.GetAttribute("action"));
        Assert.Equal("token", panel.Find("form input[name=__RequestVerificationToken]").GetAttribute("value"));
    }

    [Fact]
    public async Task A_paid_download_links_to_its_file()
    {
        var order = Order.PlaceForGoods(
            OrderNumber.New(OrderBuilder.Now), "user-1", "buyer@example.com",
            [new OrderLine(3, new LocalizedText("电子书", "E-book"), 30m, 1, ProductKind.Virtual, VirtualDelivery.File)],
            null, null, "create_digital_goods_trade_p", OrderBuilder.Now, OrderBuilder.Now.AddHours(2));
        order.ApplyPayment(PaymentEvent.Paid, Report("TRADE_FINISHED"), DateTime.UtcNow, null);
        await SaveAsync(order);

        var panel = _context.Render<OrderStatusPanel>(p => p.Add(c => c.OrderNumber, order.Number).Add(c => c.AntiforgeryToken, "t"));

        Assert.Equal($"/orders/{order.Number}/download/{Assert.Single(order.Lines).Id}", panel.Find("[data-download]").GetAttribute("href"));
    }

    [Fact]
    public async Task An_instantly_paid_order_shipped_offers_the_buyer_to_confirm_receipt()
    {
        var order = OrderBuilder.Physical();
        order.ApplyPayment(PaymentEvent.Paid, Report("TRADE_SUCCESS"), DateTime.UtcNow, null);
        order.MarkShipped("顺丰速运", "SF1234567890", LogisticsType.Express, DateTime.UtcNow);
        await SaveAsync(order);

        var panel = _context.Render<OrderStatusPanel>(p => p.Add(c => c.OrderNumber, order.Number).Add(c => c.AntiforgeryToken, "t"));

        Assert.Equal($"/orders/{order.Number}/confirm-receipt", panel.Find("[data-confirm-receipt]").Closest("form")!.GetAttribute("action"));
    }

    [Fact]
    public async Task Without_a_token_the_panel_shows_no_buyer_actions()
    {
        var order = await SaveAsync(OrderBuilder.Donation());
        var panel = _context.Render<OrderStatusPanel>(p => p.Add(c => c.OrderNumber, order.Number));
        Assert.Empty(panel.FindAll("[data-pay-again]"));
        Assert.Empty(panel.FindAll("form"));
    }

    [Fact]
    public async Task The_panel_turns_paid_by_itself_when_the_order_event_arrives()
    {
        var order = await SaveAsync(OrderBuilder.Physical());
        var panel = _context.Render<OrderStatusPanel>(p => p.Add(c => c.OrderNumber, order.Number));
        Assert.Equal("PendingPayment", panel.Find("[data-order-status]").GetAttribute("data-order-status"));

        await ChangeAsync(order.Number, o => o.ApplyPayment(PaymentEvent.PaidIntoEscrow, Report("WAIT_SELLER_SEND_GOODS"), DateTime.UtcNow, null));
        _context.Services.GetRequiredService<OrderEvents>().Publish(order.Number);

        panel.WaitForAssertion(() =>
        {
            Assert.Equal("AwaitingShipment", panel.Find("[data-order-status]").GetAttribute("data-order-status"));
            Assert.Equal("Paid", panel.Find("[data-status-title]").TextContent);
        });
    }

    [Fact]
    public async Task An_event_raised_in_another_language_updates_the_panel_in_its_pages_language()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var order = await SaveAsync(OrderBuilder.Physical());
        await ChangeAsync(order.Number, o => o.ApplyPayment(PaymentEvent.PaidIntoEscrow, Report("WAIT_SELLER_SEND_GOODS"), DateTime.UtcNow, null));
        var panel = _context.Render<OrderStatusPanel>(p => p.Add(c => c.OrderNumber, order.Number));
        Assert.Equal("已付款", panel.Find("[data-status-title]").TextContent);

        // An admin reading English ships the order: the event comes on that admin's request.
        await Task.Run(async () =>
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            await ChangeAsync(order.Number, o => o.MarkShipped("顺丰速运", "SF1234567890", LogisticsType.Express, DateTime.UtcNow));
            _context.Services.GetRequiredService<OrderEvents>().Publish(order.Number);
        });

        panel.WaitForAssertion(() => Assert.Equal("Shipped", panel.Find("[data-order-status]").GetAttribute("data-order-status")));
        Assert.Equal("已发货", panel.Find("[data-status-title]").TextContent);
    }

    [Fact]
    public async Task An_event_for_another_order_changes_nothing()
    {
        var order = await SaveAsync(OrderBuilder.Physical());
        var other = await SaveAsync(OrderBuilder.Physical());
        var panel = _context.Render<OrderStatusPanel>(p => p.Add(c => c.OrderNumber, order.Number));
        var renders = panel.RenderCount;

        await ChangeAsync(other.Number, o => o.ApplyPayment(PaymentEvent.Paid, Report("TRADE_FINISHED"), DateTime.UtcNow, null));
        _context.Services.GetRequiredService<OrderEvents>().Publish(other.Number);

        Assert.Equal(renders, panel.RenderCount);
        Assert.Equal("PendingPayment", panel.Find("[data-order-status]").GetAttribute("data-order-status"));
    }

    public static TheoryData<string, string, string> Statuses => new()
    {
        { "physical-escrow", "AwaitingShipment", "Paid" },
        { "physical-shipped", "Shipped", "Shipped" },
        { "physical-closed", "Closed", "Closed" },
        { "virtual-paid", "Completed", "Paid" },
        { "donation-paid", "Completed", "Received" },
        { "virtual-refunded", "Refunded", "Refunded" },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task Each_status_has_its_words(string situation, string status, string title)
    {
        var order = situation.StartsWith("physical", StringComparison.Ordinal) ? OrderBuilder.Physical()
            : situation.StartsWith("virtual", StringComparison.Ordinal) ? OrderBuilder.Virtual()
            : OrderBuilder.Donation();
        var now = DateTime.UtcNow;
        switch (situation)
        {
            case "physical-escrow":
                order.ApplyPayment(PaymentEvent.PaidIntoEscrow, Report("WAIT_SELLER_SEND_GOODS"), now, null);
                break;
            case "physical-shipped":
                order.ApplyPayment(PaymentEvent.PaidIntoEscrow, Report("WAIT_SELLER_SEND_GOODS"), now, null);
                order.MarkShipped("顺丰速运", "SF1234567890", LogisticsType.Express, now);
                break;
            case "physical-closed":
                order.Cancel(now, OrderChangeSource.Buyer);
                break;
            case "virtual-refunded":
                order.ApplyPayment(PaymentEvent.Paid, Report("TRADE_SUCCESS"), now, null);
                order.ApplyPayment(PaymentEvent.Closed, Report("TRADE_CLOSED"), now, null);
                break;
            default:
                order.ApplyPayment(PaymentEvent.Paid, Report("TRADE_FINISHED"), now, null);
                break;
        }
        await SaveAsync(order);

        var panel = _context.Render<OrderStatusPanel>(p => p.Add(c => c.OrderNumber, order.Number).Add(c => c.AntiforgeryToken, "t"));

        Assert.Equal(status, panel.Find("[data-order-status]").GetAttribute("data-order-status"));
        Assert.Equal(title, panel.Find("[data-status-title]").TextContent);
        Assert.Empty(panel.FindAll("[data-pay-again]"));
        if (situation == "physical-shipped")
        {
            Assert.Contains("SF1234567890", panel.Find("[data-shipment]").TextContent);
        }
    }

    [Fact]
    public void An_unknown_order_says_so()
    {
        var panel = _context.Render<OrderStatusPanel>(p => p.Add(c => c.OrderNumber, "20260101000000000000"));
        Assert.Equal("Unknown", panel.Find("[data-order-status]").GetAttribute("data-order-status"));
    }

    public void Dispose()
    {
        _context.Dispose();
        CultureInfo.CurrentUICulture = _culture;
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
