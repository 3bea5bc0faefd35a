using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Shop.AlipaySandbox;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Domain.Shipping;
using Shop.Tests.Sandbox;
using Shop.Tests.Web.Admin;
using Shop.Tests.Web.Payments;
using Shop.Web.Features.Orders;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Ordering;

/// <summary>What time does to orders: unpaid ones close (after asking Alipay), shipped ones complete.</summary>
public class OrderTimeoutsTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private async Task RunTimeoutsAsync()
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<OrderTimeouts>().RunOnceAsync(CancellationToken.None);
    }

    private Task<int> StockAsync(int productId) =>
        factory.QueryAsync(db => db.Products.Where(p => p.Id == productId).Select(p => p.Stock).SingleAsync());

    [Fact]
    public async Task An_unpaid_order_past_its_deadline_closes_and_gives_its_stock_back_once_alipay_knows_no_payment()
    {
        var product = await factory.AddProductAsync(stock: 4);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id, 3);
        var number = await buyer.CheckOutAsync();
        Assert.Equal(1, await StockAsync(product.Id));

        await RunTimeoutsAsync();
        Assert.Equal(OrderStatus.PendingPayment, (await factory.OrderAsync(number)).Status);

        factory.Clock.Advance(TimeSpan.FromHours(2) + OrderTimeouts.Grace + TimeSpan.FromMinutes(1));
        await RunTimeoutsAsync();

        var order = await factory.OrderAsync(number);
        Assert.Equal(OrderStatus.Closed, order.Status);
        Assert.Equal(OrderHistoryEvent.ClosedUnpaid, order.History[^1].Event);
        Assert.Equal(OrderChangeSource.System, order.History[^1].Source);
        Assert.Equal(4, await StockAsync(product.Id));
    }

    [Fact]
    public async Task An_order_whose_payment_notification_never_came_is_found_paid_instead_of_closed()
    {
        var card = await factory.AddProductAsync(price: 20m, delivery: VirtualDelivery.Code, codes: 1);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(card.Id);
        var number = await buyer.CheckOutAsync();
        var sandbox = SandboxBrowser.Open(factory);
        var cashier = await sandbox.SubmitAsync(await buyer.PayFormAsync(number));
        await sandbox.Client.ActOnTradeAsync(cashier.TradeNo, "faults", new() { ["kind"] = "Drop", ["delaySeconds"] = "0", ["count"] = "1" });
        await sandbox.PayAsync(cashier);
        await Eventually.Until(async () => (await factory.NotificationsAsync(cashier.TradeNo)).Any(n => n.State == NotificationState.Dropped), "the notification dropped");

        factory.Clock.Advance(TimeSpan.FromHours(3));
        await RunTimeoutsAsync();

        var order = await factory.OrderAsync(number);
        Assert.Equal((OrderStatus.Completed, PaymentState.Paid), (order.Status, order.PaymentState));
        Assert.Equal(1, await factory.QueryAsync(db => db.ProductCodes.CountAsync(c => c.OrderId == order.Id)));
        var query = await factory.QueryAsync(db => db.PaymentNotifications.SingleAsync(n => n.OutTradeNo == number && n.Channel == NotificationChannel.Query));
        Assert.Equal(NotificationOutcome.Applied, query.Outcome);
    }

    [Fact]
    public async Task An_instantly_paid_order_completes_by_itself_days_after_shipping()
    {
        var (_, number, tradeNo) = await factory.PaidPhysicalOrderAsync(choice: "instant");
        await Eventually.Until(async () => (await factory.OrderAsync(number)).PaymentState == PaymentState.Paid, "the instant payment");
        // A notification whose answer came too late on a busy machine is sent again when the clock
        // jumps ahead: every one of them must be answered before the clock moves.
        await Eventually.Until(async () => (await factory.NotificationsAsync(tradeNo)).All(n => n.State != NotificationState.Pending), "Alipay's notifications of the payment to be answered");
        // Alipay's later TRADE_FINISHED would complete the shipped order too: only the shipping period may here.
        await SandboxBrowser.Open(factory).Client.ActOnTradeAsync(tradeNo, "faults", new() { ["kind"] = "Drop", ["delaySeconds"] = "0", ["count"] = "10" });
        await factory.ChangeAsync(async db =>
            (await db.Orders.SingleAsync(o => o.Number == number)).MarkShipped("顺丰速运", "SF1001", LogisticsType.Express, factory.Clock.GetUtcNow().UtcDateTime));

        factory.Clock.Advance(TimeSpan.FromDays(9));
        await RunTimeoutsAsync();
        Assert.Equal(OrderStatus.Shipped, (await factory.OrderAsync(number)).Status);

        factory.Clock.Advance(TimeSpan.FromDays(2));
        await RunTimeoutsAsync();
        var order = await factory.OrderAsync(number);
        Assert.Equal(OrderStatus.Completed, order.Status);
        // Alipay's own copies of the payment may still be recorded after the completion.
        Assert.Contains(order.History, h => h.Event == OrderHistoryEvent.CompletedAfterShippingPeriod);
    }

    [Fact]
    public async Task An_order_the_buyer_confirms_while_a_round_completes_it_stays_confirmed_and_the_others_still_complete()
    {
        var confirmed = await ShippedInstantlyPaidOrderAsync();
        var other = await ShippedInstantlyPaidOrderAsync();
        factory.Clock.Advance(TimeSpan.FromDays(11));

        // The round has read the order and is about to save it when the buyer's confirmation lands.
        using var scope = factory.Services.CreateScope();
        var buyerConfirms = new BeforeSavingOrder(confirmed.Number, () => factory.ChangeAsync(async db =>
            (await db.Orders.SingleAsync(o => o.Number == confirmed.Number)).ConfirmReceipt(factory.Clock.GetUtcNow().UtcDateTime)));
        await using var db = factory.Database.NewContext(buyerConfirms);
        await ActivatorUtilities.CreateInstance<OrderTimeouts>(scope.ServiceProvider, db).RunOnceAsync(CancellationToken.None);

        Assert.True(buyerConfirms.Happened);
        var byBuyer = await factory.OrderAsync(confirmed.Number);
        Assert.Equal(OrderStatus.Completed, byBuyer.Status);
        Assert.Equal((OrderHistoryEvent.ReceiptConfirmed, OrderChangeSource.Buyer), (byBuyer.History[^1].Event, byBuyer.History[^1].Source));
        var bySystem = await factory.OrderAsync(other.Number);
        Assert.Equal(OrderStatus.Completed, bySystem.Status);
        Assert.Equal(OrderHistoryEvent.CompletedAfterShippingPeriod, bySystem.History[^1].Event);
    }

    private async Task<Order> ShippedInstantlyPaidOrderAsync()
    {
        var order = await factory.AddGoodsOrderAsync(events: PaymentEvent.Paid);
        await factory.ChangeAsync(async db =>
            (await db.Orders.SingleAsync(o => o.Number == order.Number)).MarkShipped("顺丰速运", "SF1002", LogisticsType.Express, factory.Clock.GetUtcNow().UtcDateTime));
        return order;
    }

    /// <summary>Runs a change of its own once, just before the context saves the order it watches.</summary>
    private sealed class BeforeSavingOrder(string orderNumber, Func<Task> change) : SaveChangesInterceptor
    {
        public bool Happened { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var saving = eventData.Context!.ChangeTracker.Entries<Order>().Any(entry => entry.Entity.Number == orderNumber);
            if (saving && !Happened)
            {
                Happened = true;
                await change();
            }
            return result;
        }
    }
}
