using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Builders;

namespace Shop.Tests.Domain;

/// <summary>What a total the seller changed on Alipay does to an order (docs/alipay-protocol.md §4).</summary>
public class OrderPriceAdjustmentTests
{
    private static readonly DateTime Now = OrderBuilder.Now.AddMinutes(5);

    private static OrderChange Apply(Order order, PaymentEvent paymentEvent, decimal? paid) =>
        order.ApplyPayment(paymentEvent, new PaymentReport("status", AmountPaid: paid), Now, notificationId: 1);

    [Theory]
    [InlineData(AlipayServices.TradeCreateByBuyer, true)]
    [InlineData(AlipayServices.CreatePartnerTradeByBuyer, true)]
    [InlineData(AlipayServices.CreateDirectPayByUser, false)]
    [InlineData(AlipayServices.CreateDigitalGoodsTradeP, false)]
    [InlineData(AlipayServices.CreateDonateTradeP, false)]
    public void Only_escrow_and_dual_trades_let_the_seller_change_the_total(string service, bool allowed)
    {
        Assert.Equal(allowed, AlipayServices.AllowsTotalFeeAdjust(service));
    }

    [Fact]
    public void Virtual_goods_paid_for_less_wait_held_through_later_notifications()
    {
        var order = OrderBuilder.Virtual(price: 50m);

        var change = Apply(order, PaymentEvent.PaidIntoEscrow, 40m);
        Apply(order, PaymentEvent.Paid, 40m);

        Assert.False(change.CompletedByPayment);
        Assert.Equal((OrderStatus.AwaitingShipment, PaymentState.Paid, true), (order.Status, order.PaymentState, order.HeldForReview));
        Assert.True(order.CanRelease);
        Assert.False(order.CanShip);
        Assert.Equal("40.00 / 50.00", Assert.Single(order.History, h => h.Event == OrderHistoryEvent.HeldForReview).Detail);
    }

    [Fact]
    public void Releasing_completes_the_order_once()
    {
        var order = OrderBuilder.Virtual(price: 50m);
        Apply(order, PaymentEvent.Paid, 40m);

        order.Release("admin@shop.local", Now);

        Assert.Equal((OrderStatus.Completed, false), (order.Status, order.HeldForReview));
        Assert.Equal(OrderChangeSource.Admin, order.History[^1].Source);
        Assert.Throws<InvalidOperationException>(() => order.Release("admin@shop.local", Now));
    }

    [Fact]
    public void A_refund_ends_the_hold()
    {
        var order = OrderBuilder.Virtual(price: 50m);
        Apply(order, PaymentEvent.Paid, 40m);

        Apply(order, PaymentEvent.Closed, 40m);

        Assert.Equal((OrderStatus.Refunded, false, false), (order.Status, order.HeldForReview, order.CanRelease));
    }

    [Theory]
    [InlineData(50)]
    [InlineData(60)]
    public void Virtual_goods_paid_in_full_or_more_are_delivered(decimal paid)
    {
        var order = OrderBuilder.Virtual(price: 50m);

        var change = Apply(order, PaymentEvent.Paid, paid);

        Assert.True(change.CompletedByPayment);
        Assert.False(order.HeldForReview);
    }

    [Fact]
    public void Physical_goods_paid_for_less_await_shipment_with_the_change_in_the_history()
    {
        var order = OrderBuilder.Physical(price: 100m, fee: 10m);

        Apply(order, PaymentEvent.PaidIntoEscrow, 90m);

        Assert.Equal((OrderStatus.AwaitingShipment, false, 90m), (order.Status, order.HeldForReview, order.AmountPaid));
        Assert.True(order.CanShip);
        Assert.Equal("90.00 / 110.00", Assert.Single(order.History, h => h.Event == OrderHistoryEvent.PriceAdjusted).Detail);
    }
}
