using System.Net;
using Microsoft.EntityFrameworkCore;
using Shop.AlipaySandbox;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Sandbox;
using Shop.Tests.Web.Payments;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Admin;

/// <summary>Reconciling an order with Alipay (single_trade_query) when its notification never came.</summary>
public class OrderReconcileTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private static Task<HttpResponseMessage> ReconcileAsync(HttpClient admin, string number) =>
        admin.SubmitFormAsync($"/admin/orders/{number}", [], action: $"/admin/orders/{number}/reconcile");

    private async Task<(HttpClient Buyer, string Number)> CheckedOutOrderAsync()
    {
        var product = await factory.AddProductAsync(price: 45m);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        return (buyer, await buyer.CheckOutAsync());
    }

    [Fact]
    public async Task A_payment_whose_notification_was_dropped_is_applied_by_reconciling()
    {
        var (buyer, number) = await CheckedOutOrderAsync();
        var sandbox = SandboxBrowser.Open(factory);
        var cashier = await sandbox.SubmitAsync(await buyer.PayFormAsync(number));
        await sandbox.Client.ActOnTradeAsync(cashier.TradeNo, "faults", new() { ["kind"] = nameof(FaultKind.Drop), ["delaySeconds"] = "0", ["count"] = "1" });
        // Paid, but the buyer closes the tab instead of coming back, and the notify is lost.
        await sandbox.PayAsync(cashier, "escrow");
        await Eventually.Until(
            async () => (await factory.NotificationsAsync(cashier.TradeNo)).Any(n => n.TradeStatus == "WAIT_SELLER_SEND_GOODS" && n.State == NotificationState.Dropped),
            "the payment's notification to be dropped");
        Assert.Equal(OrderStatus.PendingPayment, (await factory.OrderAsync(number)).Status);
        var admin = await factory.CreateAdminBrowserAsync();

        var response = await ReconcileAsync(admin, number);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/orders/{number}", response.RedirectPath());
        var order = await factory.OrderAsync(number);
        Assert.Equal((OrderStatus.AwaitingShipment, PaymentState.HeldInEscrow), (order.Status, order.PaymentState));
        Assert.Equal(cashier.TradeNo, order.AlipayTradeNo);
        var query = await factory.QueryAsync(db => db.PaymentNotifications.SingleAsync(n => n.OutTradeNo == number && n.Channel == NotificationChannel.Query));
        Assert.Equal(NotificationOutcome.Applied, query.Outcome);
        Assert.Equal("WAIT_SELLER_SEND_GOODS", query.TradeStatus);

        var page = await admin.GetHtmlAsync($"/admin/orders/{number}");
        Assert.Equal("Alipay reports WAIT_SELLER_SEND_GOODS. The order is now “Paid”.", page.QuerySelector("[data-flash=message]")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"[data-notification='{query.Id}'][data-channel=Query][data-outcome=Applied]"));
        Assert.NotNull(page.QuerySelector("[data-ship-form]"));
    }

    [Fact]
    public async Task Reconciling_an_order_already_up_to_date_changes_nothing_and_says_so()
    {
        var (_, number, _) = await factory.PaidPhysicalOrderAsync("escrow");
        var before = (await factory.OrderAsync(number)).Version;
        var admin = await factory.CreateAdminBrowserAsync();

        await ReconcileAsync(admin, number);

        Assert.Equal(before, (await factory.OrderAsync(number)).Version);
        var page = await admin.GetHtmlAsync($"/admin/orders/{number}");
        Assert.Equal("Alipay reports WAIT_SELLER_SEND_GOODS. The order was already up to date.", page.QuerySelector("[data-flash=message]")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_order_never_taken_to_Alipay_is_TRADE_NOT_EXIST_with_its_explanation_and_stays_unpaid()
    {
        var (_, number) = await CheckedOutOrderAsync();
        var admin = await factory.CreateAdminBrowserAsync();

        await ReconcileAsync(admin, number);

        var order = await factory.OrderAsync(number);
        Assert.Equal((OrderStatus.PendingPayment, PaymentState.Unpaid), (order.Status, order.PaymentState));
        var warning = (await admin.GetHtmlAsync($"/admin/orders/{number}")).QuerySelector("[data-flash=warning]")!.TextContent.Trim();
        Assert.Equal($"Alipay answered TRADE_NOT_EXIST: {AlipayErrorExplanations.Explain(AlipayErrorCodes.TradeNotExist, "en")}", warning);
        Assert.False(await factory.QueryAsync(db => db.PaymentNotifications.AnyAsync(n => n.OutTradeNo == number)));
    }
}
