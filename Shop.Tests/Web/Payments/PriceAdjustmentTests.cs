using System.Net;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Sandbox;
using Shop.Tests.Web.Admin;
using Shop.Web.Features.Mail;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Payments;

/// <summary>
/// A total the seller changed on Alipay before payment (is_total_fee_adjust=Y,
/// docs/alipay-protocol.md §4): taken only from escrow and dual trades, recorded as paid, and
/// never a reason to deliver virtual goods for less than their price without an admin.
/// </summary>
public class PriceAdjustmentTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private Task SetServiceAsync(string number, string service) =>
        factory.QueryAsync(db => db.Orders.Where(o => o.Number == number).ExecuteUpdateAsync(set => set.SetProperty(o => o.PaymentService, service)));

    private Task<int> CodesOfAsync(Order order) =>
        factory.QueryAsync(db => db.ProductCodes.CountAsync(c => c.OrderId == order.Id));

    private Task<List<PaymentNotification>> StoredAsync(string number) =>
        factory.QueryAsync(db => db.PaymentNotifications.Where(n => n.OutTradeNo == number && n.Channel == NotificationChannel.Notify).OrderBy(n => n.Id).ToListAsync());

    private Task<int> QueuedAsync(string number, MailKind kind) =>
        factory.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.OrderNumber == number && m.Kind == kind));

    private Dictionary<string, string> Resigned(Dictionary<string, string> notification, Action<Dictionary<string, string>> change)
    {
        var copy = new Dictionary<string, string>(notification);
        change(copy);
        copy.Remove("sign");
        copy.Remove("sign_type");
        copy["sign"] = AlipaySignature.Sign(copy, factory.Alipay().Key, AlipayCharset.Utf8);
        copy["sign_type"] = "MD5";
        return copy;
    }

    private static void AssertUnpaid(Order order)
    {
        Assert.Equal((OrderStatus.PendingPayment, PaymentState.Unpaid), (order.Status, order.PaymentState));
        Assert.Null(order.AmountPaid);
        Assert.False(order.HeldForReview);
    }

    [Fact]
    public async Task An_escrow_order_of_physical_goods_with_a_lowered_price_is_accepted_and_the_paid_amount_recorded()
    {
        var product = await factory.AddProductAsync(price: 100m);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();
        var sandbox = SandboxBrowser.Open(factory);
        var cashier = await sandbox.SubmitAsync(await buyer.PayFormAsync(number));
        await sandbox.Client.ActOnTradeAsync(cashier.TradeNo, "adjust-price", new() { ["totalFee"] = "90.00" });

        await sandbox.PayAsync(await sandbox.SubmitAsync(await buyer.PayFormAsync(number)), "escrow");

        var order = await factory.WaitForOrderAsync(number, OrderStatus.AwaitingShipment);
        Assert.Equal(PaymentState.HeldInEscrow, order.PaymentState);
        Assert.Equal(90.00m, order.AmountPaid);
        Assert.False(order.HeldForReview);
        Assert.True(order.CanShip);
        var adjusted = Assert.Single(order.History, h => h.Event == OrderHistoryEvent.PriceAdjusted);
        Assert.Equal($"90.00 / {order.Total:0.00}", adjusted.Detail);
        var admin = await factory.CreateAdminBrowserAsync();
        var page = await admin.GetHtmlAsync($"/admin/orders/{number}");
        Assert.Contains("The price was changed on Alipay.", page.QuerySelector("[data-amount-paid]")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-history-event=PriceAdjusted]"));
        Assert.Null(page.QuerySelector("[data-held-for-review]"));
    }

    [Fact]
    public async Task Virtual_goods_paid_for_less_are_held_until_an_admin_releases_them()
    {
        var card = await factory.AddProductAsync(price: 50m, delivery: VirtualDelivery.Code, codes: 1);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(card.Id);
        var number = await buyer.CheckOutAsync();
        var sandbox = SandboxBrowser.Open(factory);
        var cashier = await sandbox.SubmitAsync(await buyer.PayFormAsync(number));
        await sandbox.Client.ActOnTradeAsync(cashier.TradeNo, "adjust-price", new() { ["totalFee"] = "40.00" });
        // Virtual goods are paid with digital-goods trades, which cannot be adjusted: this order is
        // taken as paid by a dual trade, the one way Alipay's answer can hold a lowered price for them.
        await SetServiceAsync(number, AlipayServices.TradeCreateByBuyer);

        await sandbox.PayAsync(cashier);

        var held = await factory.WaitForOrderAsync(number, OrderStatus.AwaitingShipment);
        Assert.Equal(40.00m, held.AmountPaid);
        Assert.True(held.HeldForReview);
        Assert.Equal("40.00 / 50.00", Assert.Single(held.History, h => h.Event == OrderHistoryEvent.HeldForReview).Detail);
        Assert.DoesNotContain(held.History, h => h.Event == OrderHistoryEvent.Delivered);
        Assert.Equal(0, await CodesOfAsync(held));
        Assert.DoesNotContain("data-delivered-codes", await buyer.GetStringAsync($"/orders/{number}"));
        Assert.Equal(1, await QueuedAsync(number, MailKind.AdminHeldForReview));
        Assert.Equal(0, await QueuedAsync(number, MailKind.GoodsDelivered));

        var admin = await factory.CreateAdminBrowserAsync();
        var list = await admin.GetHtmlAsync("/admin/orders?attention=yes");
        Assert.Equal("true", list.QuerySelector($"[data-order-row='{number}']")!.GetAttribute("data-needs-attention"));
        Assert.Equal("false", list.QuerySelector($"[data-order-row='{number}']")!.GetAttribute("data-waiting-for-shipment"));
        var page = await admin.GetHtmlAsync($"/admin/orders/{number}");
        Assert.Contains("refund it on Alipay", page.QuerySelector("[data-held-for-review]")!.TextContent);

        var released = await admin.SubmitFormAsync($"/admin/orders/{number}", new(), action: $"/admin/orders/{number}/release");

        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        var order = await factory.OrderAsync(number);
        Assert.Equal((OrderStatus.Completed, false), (order.Status, order.HeldForReview));
        var release = Assert.Single(order.History, h => h.Event == OrderHistoryEvent.ReleasedByAdmin);
        Assert.Equal((OrderChangeSource.Admin, "admin@shop.local"), (release.Source, release.Detail));
        Assert.Single(order.History, h => h.Event == OrderHistoryEvent.Delivered);
        var code = await factory.QueryAsync(db => db.ProductCodes.Where(c => c.OrderId == order.Id).Select(c => c.Code).SingleAsync());
        Assert.Contains(code, await buyer.GetStringAsync($"/orders/{number}"));
        Assert.Null((await admin.GetHtmlAsync($"/admin/orders/{number}")).QuerySelector("[data-held-for-review]"));
        Assert.Equal(1, await QueuedAsync(number, MailKind.GoodsDelivered));

        // A second release (another tab) changes nothing.
        await admin.SubmitFormAsync($"/admin/orders/{number}", new(), action: $"/admin/orders/{number}/release");
        Assert.Single((await factory.OrderAsync(number)).History, h => h.Event == OrderHistoryEvent.Delivered);
    }

    [Theory]
    [InlineData(AlipayServices.CreateDirectPayByUser)]
    [InlineData(AlipayServices.CreateDigitalGoodsTradeP)]
    public async Task A_lowered_price_from_a_service_that_does_not_allow_it_is_rejected_as_before(string service)
    {
        var (number, _, notification) = await factory.PaidButNotNotifiedAsync(price: 50m, kind: ProductKind.Virtual);
        await SetServiceAsync(number, service);
        var adjusted = Resigned(notification, n =>
        {
            n["total_fee"] = "40.00";
            n["is_total_fee_adjust"] = "Y";
        });

        Assert.Equal((200, "fail"), await factory.NotifyAsync(adjusted));

        var order = await factory.OrderAsync(number);
        AssertUnpaid(order);
        Assert.Equal(0, await CodesOfAsync(order));
        var stored = Assert.Single(await StoredAsync(number));
        Assert.Equal(NotificationOutcome.Rejected, stored.Outcome);
        Assert.Contains("is not the order total", stored.Detail);
    }

    [Fact]
    public async Task A_different_total_without_the_adjusted_flag_is_rejected_as_before_even_from_an_escrow_trade()
    {
        var (number, _, notification) = await factory.PaidButNotNotifiedAsync(price: 50m, kind: ProductKind.Physical, choice: "escrow");
        var changed = Resigned(notification, n =>
        {
            n["total_fee"] = "40.00";
            n["is_total_fee_adjust"] = "N";
        });

        Assert.Equal((200, "fail"), await factory.NotifyAsync(changed));

        AssertUnpaid(await factory.OrderAsync(number));
        var stored = (await StoredAsync(number)).Last();
        Assert.Equal(NotificationOutcome.Rejected, stored.Outcome);
        Assert.Contains("is not the order total", stored.Detail);
    }
}
