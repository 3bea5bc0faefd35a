using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Domain.Shipping;
using Shop.Tests.Sandbox;
using Shop.Tests.Web.Payments;

namespace Shop.Tests.Web.Ordering;

public class ConfirmReceiptTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    [Fact]
    public async Task The_buyer_of_an_instantly_paid_order_confirms_receipt_on_the_order_page_once_it_is_shipped()
    {
        var (buyer, number, tradeNo) = await factory.PaidPhysicalOrderAsync(choice: "instant");
        await Eventually.Until(async () => (await factory.OrderAsync(number)).PaymentState == PaymentState.Paid, "the instant payment");
        // Alipay's later TRADE_FINISHED would complete the shipped order too: only the buyer may here.
        await SandboxBrowser.Open(factory).Client.ActOnTradeAsync(tradeNo, "faults", new() { ["kind"] = "Drop", ["delaySeconds"] = "0", ["count"] = "10" });

        var early = await buyer.SubmitFormAsync($"/orders/{number}", [], action: $"/orders/{number}/confirm-receipt");
        Assert.Equal($"/orders/{number}", early.RedirectPath());
        Assert.Equal(OrderStatus.AwaitingShipment, (await factory.OrderAsync(number)).Status);

        await factory.ChangeAsync(async db =>
            (await db.Orders.SingleAsync(o => o.Number == number)).MarkShipped("EMS", "E100", LogisticsType.Ems, DateTime.UtcNow));
        var page = await buyer.GetStringAsync($"/orders/{number}");
        Assert.Contains("data-confirm-receipt", page);

        var confirmed = await buyer.SubmitFormAsync($"/orders/{number}", [], action: $"/orders/{number}/confirm-receipt");

        Assert.Equal($"/orders/{number}", confirmed.RedirectPath());
        var order = await factory.OrderAsync(number);
        Assert.Equal(OrderStatus.Completed, order.Status);
        // Alipay's own copies of the payment may still arrive and be recorded after the buyer's
        // confirmation, so the entry is looked for, not expected to be the last one.
        Assert.Contains(order.History, h => h.Event == OrderHistoryEvent.ReceiptConfirmed && h.Source == OrderChangeSource.Buyer);
    }

    [Fact]
    public async Task An_escrow_buyer_confirms_on_alipay_not_on_the_order_page()
    {
        var (buyer, number, _) = await factory.PaidPhysicalOrderAsync(choice: "escrow");
        await factory.ChangeAsync(async db =>
            (await db.Orders.SingleAsync(o => o.Number == number)).MarkShipped("EMS", "E101", LogisticsType.Ems, DateTime.UtcNow));

        Assert.DoesNotContain("data-confirm-receipt", await buyer.GetStringAsync($"/orders/{number}"));
        await buyer.SubmitFormAsync($"/orders/{number}", [], action: $"/orders/{number}/confirm-receipt");
        Assert.Equal(OrderStatus.Shipped, (await factory.OrderAsync(number)).Status);
    }
}
