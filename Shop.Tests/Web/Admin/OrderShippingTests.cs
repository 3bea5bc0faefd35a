using System.Net;
using Microsoft.EntityFrameworkCore;
using Shop.AlipaySandbox;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Domain.Shipping;
using Shop.Tests.Sandbox;
using Shop.Tests.Web.Payments;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Admin;

/// <summary>
/// Marking orders shipped, through the local Alipay gateway: an escrow payment is confirmed to
/// Alipay first and changes only when Alipay accepts; an instant payment is shipped locally.
/// </summary>
public class OrderShippingTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private static Task<HttpResponseMessage> ShipAsync(
        HttpClient admin, string number, string carrier = "顺丰速运", string trackingNumber = "SF1234567890", string transportType = "EXPRESS") =>
        admin.SubmitFormAsync($"/admin/orders/{number}", new()
        {
            ["carrier"] = carrier,
            ["trackingNumber"] = trackingNumber,
            ["transportType"] = transportType,
        }, action: $"/admin/orders/{number}/ship");

    /// <summary>What must not move when shipping is refused.</summary>
    private async Task<string> SnapshotAsync(string number)
    {
        var order = await factory.OrderAsync(number);
        return $"{order.Status}/{order.PaymentState}/v{order.Version}/{order.History.Count} steps/{order.Shipments.Count} shipments/{order.ShippedAt}";
    }

    [Fact]
    public async Task An_escrow_order_is_confirmed_to_Alipay_then_shipped_and_Alipays_notification_changes_nothing()
    {
        var (buyer, number, tradeNo) = await factory.PaidPhysicalOrderAsync("escrow");
        var admin = await factory.CreateAdminBrowserAsync();

        var response = await ShipAsync(admin, number, transportType: "EMS");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/orders/{number}", response.RedirectPath());
        var order = await factory.OrderAsync(number);
        Assert.Equal((OrderStatus.Shipped, PaymentState.HeldInEscrow), (order.Status, order.PaymentState));
        var shipment = Assert.Single(order.Shipments);
        Assert.True(shipment.ConfirmedByAlipay);
        Assert.Equal(("顺丰速运", "SF1234567890", LogisticsType.Ems), (shipment.Carrier, shipment.TrackingNumber, shipment.TransportType));

        var trade = await factory.TradeAsync(tradeNo);
        Assert.Equal(TradeStatus.WaitBuyerConfirmGoods, trade.Status);
        Assert.Equal(("顺丰速运", "SF1234567890", "EMS"), (trade.LogisticsName, trade.InvoiceNo, trade.TransportType));

        // Alipay notifies WAIT_BUYER_CONFIRM_GOODS; the shop answers success and finds the order already there.
        await Eventually.Until(
            async () => (await factory.NotificationsAsync(tradeNo)).Any(n => n.TradeStatus == "WAIT_BUYER_CONFIRM_GOODS" && n.State == NotificationState.Acknowledged),
            "the shipment's notification to be acknowledged");
        var stored = await factory.QueryAsync(db => db.PaymentNotifications
            .Where(n => n.OutTradeNo == number && n.TradeStatus == "WAIT_BUYER_CONFIRM_GOODS").ToListAsync());
        Assert.NotEmpty(stored);
        Assert.All(stored, n => Assert.Equal(NotificationOutcome.NoChange, n.Outcome));
        order = await factory.OrderAsync(number);
        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Single(order.Shipments);
        Assert.Single(order.History, h => h.Event == OrderHistoryEvent.Shipped);

        var adminPage = await admin.GetHtmlAsync($"/admin/orders/{number}");
        Assert.NotNull(adminPage.QuerySelector("[data-flash=message]"));
        Assert.Equal("true", adminPage.QuerySelector("[data-shipment-row]")!.GetAttribute("data-confirmed-by-alipay"));
        Assert.Null(adminPage.QuerySelector("[data-ship-form]"));
        var buyerPage = await buyer.GetStringAsync($"/orders/{number}");
        Assert.Contains("data-order-status=\"Shipped\"", buyerPage);
        Assert.Contains("SF1234567890", buyerPage);
    }

    [Fact]
    public async Task An_instantly_paid_order_is_shipped_locally_without_Alipay_and_the_buyer_can_then_confirm_receipt()
    {
        var (buyer, number, tradeNo) = await factory.PaidPhysicalOrderAsync("instant");
        await Eventually.Until(async () => (await factory.OrderAsync(number)).PaymentState == PaymentState.Paid, "TRADE_FINISHED applied");
        var admin = await factory.CreateAdminBrowserAsync();
        Assert.Contains("Paid instantly", (await admin.GetHtmlAsync($"/admin/orders/{number}")).QuerySelector("[data-ship-card]")!.TextContent);

        var response = await ShipAsync(admin, number, carrier: "中通快递", trackingNumber: "ZTO778899");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var order = await factory.OrderAsync(number);
        Assert.Equal((OrderStatus.Shipped, PaymentState.Paid), (order.Status, order.PaymentState));
        Assert.False(Assert.Single(order.Shipments).ConfirmedByAlipay);
        var trade = await factory.TradeAsync(tradeNo);
        Assert.Equal(TradeStatus.TradeFinished, trade.Status);
        Assert.Null(trade.SentGoodsAt);

        var confirmed = await buyer.SubmitFormAsync($"/orders/{number}", [], action: $"/orders/{number}/confirm-receipt");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(OrderStatus.Completed, (await factory.OrderAsync(number)).Status);
    }

    [Fact]
    public async Task An_order_whose_trade_Alipay_does_not_know_shows_the_error_code_and_its_explanation_and_stays_as_it_was()
    {
        var order = await factory.AddGoodsOrderAsync(events: PaymentEvent.PaidIntoEscrow);
        var before = await SnapshotAsync(order.Number);
        var admin = await factory.CreateAdminBrowserAsync();

        var response = await ShipAsync(admin, order.Number, carrier: "EMS", trackingNumber: "EA123456789CN");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("AlipayRefused", page.QuerySelector("[data-ship-error]")!.GetAttribute("data-ship-error"));
        Assert.Equal(AlipayErrorCodes.TradeNotExist, page.QuerySelector("[data-error-code]")!.TextContent);
        Assert.Equal(AlipayErrorExplanations.Explain(AlipayErrorCodes.TradeNotExist, "en"), page.QuerySelector("[data-error-explanation]")!.TextContent.Trim());
        // The form keeps what was typed, to try again.
        Assert.Equal("EA123456789CN", page.QuerySelector("input[name=trackingNumber]")!.GetAttribute("value"));
        Assert.Equal(before, await SnapshotAsync(order.Number));
    }

    [Fact]
    public async Task A_trade_refunded_on_Alipay_without_the_shop_hearing_of_it_is_refused_by_Alipay_explained_in_Chinese()
    {
        var (_, number, tradeNo) = await factory.PaidPhysicalOrderAsync("escrow");
        var console = factory.CreateBrowser();
        await console.ActOnTradeAsync(tradeNo, "faults", new() { ["kind"] = nameof(FaultKind.Drop), ["delaySeconds"] = "0", ["count"] = "1" });
        var total = (await factory.OrderAsync(number)).Total;
        await console.ActOnTradeAsync(tradeNo, "refund", new() { ["amount"] = AlipayAmount.Format(total) });
        await Eventually.Until(
            async () => (await factory.NotificationsAsync(tradeNo)).Any(n => n.State == NotificationState.Dropped),
            "the refund's notification to be dropped");
        Assert.Equal(TradeStatus.TradeClosed, (await factory.TradeAsync(tradeNo)).Status);
        var before = await SnapshotAsync(number);
        var admin = await factory.CreateAdminBrowserAsync("zh-CN");

        var response = await ShipAsync(admin, number);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal(AlipayErrorCodes.TradeStatusNotAvailable, page.QuerySelector("[data-error-code]")!.TextContent);
        Assert.Equal(AlipayErrorExplanations.Explain(AlipayErrorCodes.TradeStatusNotAvailable, "zh-CN"), page.QuerySelector("[data-error-explanation]")!.TextContent.Trim());
        Assert.Equal(before, await SnapshotAsync(number));
    }

    [Fact]
    public async Task Shipping_twice_is_refused_and_keeps_the_one_shipment()
    {
        var order = await factory.AddGoodsOrderAsync(events: PaymentEvent.Paid);
        var admin = await factory.CreateAdminBrowserAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ShipAsync(admin, order.Number)).StatusCode);
        var before = await SnapshotAsync(order.Number);

        var again = await ShipAsync(admin, order.Number, trackingNumber: "SF0000000002");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var page = await again.ReadHtmlAsync();
        Assert.Equal("This order has already been shipped.", page.QuerySelector("[data-ship-error] [data-error-explanation]")!.TextContent.Trim());
        Assert.Equal(before, await SnapshotAsync(order.Number));
        Assert.Equal("SF1234567890", Assert.Single((await factory.OrderAsync(order.Number)).Shipments).TrackingNumber);
    }

    [Theory]
    [InlineData("unpaid", "This order is not paid yet, so it cannot be shipped.")]
    [InlineData("closed", "This order is closed, so it cannot be shipped.")]
    [InlineData("refunded", "This order was refunded, so it cannot be shipped.")]
    [InlineData("virtual", "Only physical goods are shipped; this order has none.")]
    public async Task An_order_that_cannot_ship_is_refused_with_the_reason_and_nothing_changes(string state, string reason)
    {
        var order = state switch
        {
            "unpaid" => await factory.AddGoodsOrderAsync(),
            "closed" => await factory.AddGoodsOrderAsync(events: PaymentEvent.Closed),
            "refunded" => await factory.AddGoodsOrderAsync(events: [PaymentEvent.PaidIntoEscrow, PaymentEvent.Closed]),
            _ => await factory.AddGoodsOrderAsync(kind: OrderKind.Virtual, events: PaymentEvent.Paid),
        };
        var before = await SnapshotAsync(order.Number);
        var admin = await factory.CreateAdminBrowserAsync();

        var response = await ShipAsync(admin, order.Number);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("Refused", page.QuerySelector("[data-ship-error]")!.GetAttribute("data-ship-error"));
        Assert.Equal(reason, page.QuerySelector("[data-error-explanation]")!.TextContent.Trim());
        Assert.Equal(before, await SnapshotAsync(order.Number));
    }

    [Fact]
    public async Task An_order_paid_through_the_sandbox_but_not_yet_paid_is_refused_without_asking_Alipay()
    {
        var product = await factory.AddProductAsync(price: 30m);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();
        var admin = await factory.CreateAdminBrowserAsync();

        var response = await ShipAsync(admin, number);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(OrderStatus.PendingPayment, (await factory.OrderAsync(number)).Status);
        Assert.Empty((await factory.OrderAsync(number)).Shipments);
    }

    [Theory]
    [InlineData("", "SF1", "EXPRESS", "carrier", "Enter the carrier, like SF Express.")]
    [InlineData("SF", "   ", "EXPRESS", "trackingNumber", "Enter the tracking number.")]
    [InlineData("SF", "123456789012345678901234567890123456789012345678901", "EXPRESS", "trackingNumber", "At most 50 characters.")]
    [InlineData("SF", "SF1", "DIRECT", "transportType", "Choose how the goods travel: express, post or EMS.")]
    [InlineData("SF", "SF1", "ems", "transportType", "Choose how the goods travel: express, post or EMS.")]
    [InlineData("SF", "SF1", "", "transportType", "Choose how the goods travel: express, post or EMS.")]
    public async Task A_bad_field_is_marked_on_the_form_and_nothing_changes(
        string carrier, string trackingNumber, string transportType, string field, string message)
    {
        var order = await factory.AddGoodsOrderAsync(events: PaymentEvent.Paid);
        var before = await SnapshotAsync(order.Number);
        var admin = await factory.CreateAdminBrowserAsync();

        var response = await ShipAsync(admin, order.Number, carrier, trackingNumber, transportType);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal(message, page.QuerySelector($"[data-error-for='{field}']")!.TextContent.Trim());
        Assert.Contains("is-invalid", page.QuerySelector($"[name='{field}']")!.ClassName);
        Assert.Null(page.QuerySelector("[data-ship-error]"));
        Assert.Equal(before, await SnapshotAsync(order.Number));
    }
}
