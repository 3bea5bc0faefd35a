using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Builders;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Payments;

public class TradeStatusEventsTests
{
    [Theory]
    [InlineData(TradeStatus.WaitBuyerPay, null, new[] { PaymentEvent.AwaitingPayment })]
    [InlineData(TradeStatus.WaitSellerSendGoods, null, new[] { PaymentEvent.PaidIntoEscrow })]
    [InlineData(TradeStatus.WaitBuyerConfirmGoods, null, new[] { PaymentEvent.GoodsSent })]
    [InlineData(TradeStatus.TradeSuccess, null, new[] { PaymentEvent.Paid })]
    [InlineData(TradeStatus.TradeFinished, null, new[] { PaymentEvent.Paid })]
    [InlineData(TradeStatus.TradeSuccess, RefundStatus.RefundSuccess, new[] { PaymentEvent.Paid, PaymentEvent.PartiallyRefunded })]
    [InlineData(TradeStatus.TradeClosed, null, new[] { PaymentEvent.Closed })]
    [InlineData(TradeStatus.TradeClosed, RefundStatus.RefundSuccess, new[] { PaymentEvent.Paid, PaymentEvent.Closed })]
    [InlineData(TradeStatus.TradeSuccess, RefundStatus.RefundClosed, new[] { PaymentEvent.Paid })]
    [InlineData(TradeStatus.TradePending, null, new[] { PaymentEvent.NoEffect })]
    [InlineData(TradeStatus.Unknown, null, new[] { PaymentEvent.NoEffect })]
    [InlineData(null, null, new[] { PaymentEvent.NoEffect })]
    public void Each_trade_status_maps_to_the_order_events_it_means(TradeStatus? trade, RefundStatus? refund, PaymentEvent[] events) =>
        Assert.Equal(events, TradeStatusEvents.For(trade, refund));

    [Fact]
    public void A_full_refund_reported_without_the_payment_still_ends_refunded()
    {
        var order = OrderBuilder.Virtual();
        foreach (var paymentEvent in TradeStatusEvents.For(TradeStatus.TradeClosed, RefundStatus.RefundSuccess))
        {
            order.ApplyPayment(paymentEvent, new PaymentReport("TRADE_CLOSED"), OrderBuilder.Now, null);
        }
        Assert.Equal(OrderStatus.Refunded, order.Status);
        Assert.Equal(PaymentState.Refunded, order.PaymentState);
    }
}
