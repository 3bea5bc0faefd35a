using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shop.AlipaySandbox;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Sandbox;
using Shop.Tests.Web.Payments;
using Shop.Web.Features.Orders;

namespace Shop.Tests.Web.Ordering;

/// <summary>
/// Closing an unpaid order closes its Alipay trade too (close_trade at the sandbox), so the buyer
/// cannot pay an order the shop has closed; a trade paid meanwhile ends the order paid instead.
/// </summary>
public class AlipayTradeClosingTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    private Task<int> StockAsync(int productId) =>
        factory.QueryAsync(db => db.Products.Where(p => p.Id == productId).Select(p => p.Stock).SingleAsync());

    [Fact]
    public async Task Cancelling_an_order_closes_its_alipay_trade_so_the_cashier_refuses_to_take_payment()
    {
        var product = await factory.AddProductAsync(stock: 3);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();
        var sandbox = SandboxBrowser.Open(factory);
        var cashier = await sandbox.SubmitAsync(await buyer.PayFormAsync(number));

        var response = await buyer.SubmitFormAsync($"/orders/{number}", [], action: $"/orders/{number}/cancel");

        Assert.Equal($"/orders/{number}", response.RedirectPath());
        Assert.Equal("订单已取消。", (await buyer.GetHtmlAsync($"/orders/{number}")).Flash("message"));
        var order = await factory.OrderAsync(number);
        Assert.Equal((OrderStatus.Closed, PaymentState.Unpaid), (order.Status, order.PaymentState));
        Assert.Contains(order.History, h => h.Event == OrderHistoryEvent.CancelledByBuyer);
        Assert.Equal(3, await StockAsync(product.Id));
        Assert.Equal(TradeStatus.TradeClosed, (await factory.TradeAsync(cashier.TradeNo)).Status);
        var pressedPay = await GatewayPage.ReadAsync(await sandbox.PayAsync(cashier));
        GatewayAssert.ErrorPage(pressedPay, AlipayErrorCodes.TradeNotAllowedPay, "out_trade_no");
    }

    [Fact]
    public async Task Cancelling_an_order_whose_trade_was_paid_meanwhile_ends_it_paid_not_cancelled()
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
        Assert.Equal(PaymentState.Unpaid, (await factory.OrderAsync(number)).PaymentState);

        await buyer.SubmitFormAsync($"/orders/{number}", [], action: $"/orders/{number}/cancel");

        Assert.Equal("支付宝显示该订单已付款，因此未取消。", (await buyer.GetHtmlAsync($"/orders/{number}")).Flash("warning"));
        var order = await factory.OrderAsync(number);
        Assert.Equal((OrderStatus.Completed, PaymentState.Paid), (order.Status, order.PaymentState));
        Assert.DoesNotContain(order.History, h => h.Event == OrderHistoryEvent.CancelledByBuyer);
        Assert.Equal(1, await factory.QueryAsync(db => db.ProductCodes.CountAsync(c => c.OrderId == order.Id)));
        Assert.Equal(TradeStatus.TradeSuccess, (await factory.TradeAsync(cashier.TradeNo)).Status);
    }

    [Fact]
    public async Task An_order_past_its_deadline_closes_its_still_payable_alipay_trade_before_it_closes()
    {
        var product = await factory.AddProductAsync(stock: 2);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();
        var sandbox = SandboxBrowser.Open(factory);
        var cashier = await sandbox.SubmitAsync(await buyer.PayFormAsync(number));
        // The shop's deadline passed while Alipay's trade is still open (a clock ahead, a longer it_b_pay at Alipay).
        var past = factory.Clock.GetUtcNow().UtcDateTime - OrderTimeouts.Grace - TimeSpan.FromMinutes(1);
        await factory.ChangeAsync(db => db.Orders.Where(o => o.Number == number).ExecuteUpdateAsync(s => s.SetProperty(o => o.PayBefore, past)));
        Assert.Equal(TradeStatus.WaitBuyerPay, (await factory.TradeAsync(cashier.TradeNo)).Status);

        using (var scope = factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<OrderTimeouts>().RunOnceAsync(CancellationToken.None);
        }

        var order = await factory.OrderAsync(number);
        Assert.Equal(OrderStatus.Closed, order.Status);
        Assert.Contains(order.History, h => h.Event == OrderHistoryEvent.ClosedUnpaid);
        Assert.Equal(2, await StockAsync(product.Id));
        Assert.Equal(TradeStatus.TradeClosed, (await factory.TradeAsync(cashier.TradeNo)).Status);
        GatewayAssert.ErrorPage(await GatewayPage.ReadAsync(await sandbox.PayAsync(cashier)), AlipayErrorCodes.TradeNotAllowedPay, "out_trade_no");
    }
}
