using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Tests.Sandbox;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Payments;

/// <summary>
/// The three journeys end to end through the local gateway over real HTTP: cart, checkout, the
/// signed form, the sandbox's cashier, its notification to notify_url, the buyer's return.
/// </summary>
public class PaymentJourneyTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    [Fact]
    public async Task Physical_goods_paid_into_escrow_await_shipment_and_the_return_leads_to_the_order()
    {
        var product = await factory.AddProductAsync(price: 120m, stock: 5);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id, 2);
        var number = await buyer.CheckOutAsync("EXPRESS");

        var (tradeNo, backTo) = await factory.PayAtSandboxAsync(buyer, number, "escrow");

        Assert.Equal($"/orders/{number}", backTo);
        var order = await factory.WaitForOrderAsync(number, OrderStatus.AwaitingShipment);
        Assert.Equal(PaymentState.HeldInEscrow, order.PaymentState);
        Assert.Equal(tradeNo, order.AlipayTradeNo);
        Assert.Equal(240m, order.AmountPaid);
        Assert.Equal(3, await factory.QueryAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.Stock).SingleAsync()));
        var page = await buyer.GetStringAsync($"/orders/{number}");
        Assert.Contains("data-order-status=\"AwaitingShipment\"", page);

        // Alipay said WAIT_BUYER_PAY, then WAIT_SELLER_SEND_GOODS; the return came too. Each is stored;
        // one of them moved the order, the others found it there.
        await Eventually.Until(async () => (await factory.NotificationsAsync(tradeNo)).All(n => n.State == AlipaySandbox.NotificationState.Acknowledged), "every notification answered success");
        var notifications = await factory.QueryAsync(db => db.PaymentNotifications.Where(n => n.OutTradeNo == number).ToListAsync());
        Assert.Contains(notifications, n => n.Channel == NotificationChannel.Notify && n.TradeStatus == "WAIT_SELLER_SEND_GOODS");
        Assert.Contains(notifications, n => n.Channel == NotificationChannel.Return);
        Assert.All(notifications, n => Assert.Contains(n.Outcome, new[] { NotificationOutcome.Applied, NotificationOutcome.NoChange }));
        Assert.Single(notifications, n => n.Outcome == NotificationOutcome.Applied);
    }

    [Fact]
    public async Task Physical_goods_paid_instantly_are_paid_and_await_shipment()
    {
        var product = await factory.AddProductAsync(price: 66m);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync("EMS");

        await factory.PayAtSandboxAsync(buyer, number, "instant");

        var order = await factory.WaitForOrderAsync(number, OrderStatus.AwaitingShipment);
        await Eventually.Until(async () => (await factory.OrderAsync(number)).PaymentState == PaymentState.Paid, "TRADE_FINISHED applied");
        Assert.Equal(88m, (await factory.OrderAsync(number)).AmountPaid);
        Assert.False(order.ShipsThroughAlipay && order.PaymentState == PaymentState.Paid);
    }

    [Fact]
    public async Task Virtual_goods_are_delivered_on_the_order_page_as_soon_as_the_payment_is_confirmed()
    {
        var card = await factory.AddProductAsync(price: 50m, delivery: VirtualDelivery.Code, codes: 3);
        var ebook = await factory.AddProductAsync(price: 9.90m, delivery: VirtualDelivery.File);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(card.Id, 2);
        await buyer.AddToCartAsync(ebook.Id);
        var number = await buyer.CheckOutAsync();

        var (_, backTo) = await factory.PayAtSandboxAsync(buyer, number);

        Assert.Equal($"/orders/{number}", backTo);
        var order = await factory.WaitForOrderAsync(number, OrderStatus.Completed);
        Assert.Equal(PaymentState.Paid, order.PaymentState);
        var codes = await factory.QueryAsync(db => db.ProductCodes.Where(c => c.OrderId == order.Id).Select(c => c.Code).ToListAsync());
        Assert.Equal(2, codes.Count);
        Assert.Single(order.History, h => h.Event == OrderHistoryEvent.Delivered);
        Assert.Equal(1, await factory.QueryAsync(db => db.Products.Where(p => p.Id == card.Id).Select(p => p.Stock).SingleAsync()));

        var page = await buyer.GetStringAsync($"/orders/{number}");
        Assert.All(codes, code => Assert.Contains(code, page));
        var line = order.Lines.Single(l => l.ProductId == ebook.Id);
        var download = await buyer.GetAsync($"/orders/{number}/download/{line.Id}");
        Assert.Equal(System.Net.HttpStatusCode.OK, download.StatusCode);
        Assert.StartsWith("the download of", await download.Content.ReadAsStringAsync());

        var (stranger, _) = await factory.CreateSignedInBrowserAsync();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await stranger.GetAsync($"/orders/{number}/download/{line.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_codes_of_a_refunded_order_are_no_longer_shown_to_the_buyer()
    {
        var card = await factory.AddProductAsync(price: 30m, delivery: VirtualDelivery.Code, codes: 2);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(card.Id);
        var number = await buyer.CheckOutAsync();
        var (tradeNo, _) = await factory.PayAtSandboxAsync(buyer, number);
        var order = await factory.WaitForOrderAsync(number, OrderStatus.Completed);
        var code = await factory.QueryAsync(db => db.ProductCodes.Where(c => c.OrderId == order.Id).Select(c => c.Code).SingleAsync());
        Assert.Contains(code, await buyer.GetStringAsync($"/orders/{number}"));

        await factory.CreateBrowser().ActOnTradeAsync(tradeNo, "refund", new() { ["amount"] = "30.00" });
        await factory.WaitForOrderAsync(number, OrderStatus.Refunded);

        var page = await buyer.GetStringAsync($"/orders/{number}");
        Assert.DoesNotContain(code, page);
        Assert.DoesNotContain("data-delivered-codes", page);
    }

    [Fact]
    public async Task A_donation_without_an_account_is_paid_received_and_shown_on_the_donation_page()
    {
        var donor = factory.CreateBrowser();
        var donated = await donor.SubmitFormAsync("/donate", new()
        {
            ["amount"] = "88.80",
            ["donorName"] = "李四<b>",
            ["message"] = "加油！<script>alert(1)</script>",
            ["anonymous"] = "false",
        });
        var number = donated.RedirectPath()!.Split('/')[2];
        var form = await donor.PayFormAsync(number);
        Assert.Equal("create_donate_trade_p", form["service"]);
        Assert.Equal("88.80", form["total_fee"]);
        Assert.Equal("4", form["payment_type"]);

        var (_, backTo) = await factory.PayAtSandboxAsync(donor, number);

        Assert.Equal($"/donate/{number}", backTo);
        var order = await factory.WaitForOrderAsync(number, OrderStatus.Completed);
        Assert.Equal(PaymentState.Paid, order.PaymentState);
        Assert.Contains("data-order-status=\"Completed\"", await donor.GetStringAsync($"/donate/{number}"));
        var board = await donor.GetStringAsync("/donate");
        Assert.Contains("李四&lt;b&gt;", board);
        Assert.Contains("加油！&lt;script&gt;alert(1)&lt;/script&gt;", board);
        Assert.DoesNotContain("<script>alert(1)</script>", board);
    }
}
