using Shop.Domain.Ordering;
using Shop.Tests.Builders;

namespace Shop.Tests.Domain;

/// <summary>Refunds the shop asks Alipay for (docs/alipay-protocol.md §6a), as the order keeps them.</summary>
public class OrderRefundTests
{
    private const string TradeNo = "2026112521001004000000000001";
    private static readonly DateTime Now = OrderBuilder.Now.AddMinutes(5);

    private static Order Paid(Order order, PaymentEvent paymentEvent = PaymentEvent.Paid)
    {
        order.ApplyPayment(paymentEvent, new PaymentReport("paid", TradeNo: TradeNo, AmountPaid: order.Total), Now, notificationId: 1);
        return order;
    }

    [Fact]
    public void Orders_paid_instantly_can_be_refunded_escrow_and_unpaid_ones_cannot()
    {
        Assert.True(Paid(OrderBuilder.Virtual()).CanRefund);
        Assert.True(Paid(OrderBuilder.Donation()).CanRefund);
        // The dual service's instant branch.
        Assert.True(Paid(OrderBuilder.Physical()).CanRefund);

        Assert.False(OrderBuilder.Virtual().CanRefund);
        var escrow = Paid(OrderBuilder.Physical(), PaymentEvent.PaidIntoEscrow);
        Assert.False(escrow.CanRefund);
        // Still negotiated on Alipay once the buyer confirmed receipt and the money was released.
        escrow.ApplyPayment(PaymentEvent.Paid, new PaymentReport("TRADE_FINISHED"), Now, 2);
        Assert.Equal(PaymentState.Paid, escrow.PaymentState);
        Assert.False(escrow.CanRefund);
    }

    [Fact]
    public void A_refund_waits_for_Alipay_and_never_asks_for_more_than_is_left()
    {
        var order = Paid(OrderBuilder.Virtual(price: 50m));

        var refund = order.RequestRefund("20261125000000000100001", 20m, "  缺货  ", "admin@shop", Now);

        Assert.Equal((RefundState.Requested, 20m, "缺货", "admin@shop"), (refund.State, refund.Amount, refund.Reason, refund.RequestedBy));
        Assert.True(order.HasRefundInProgress);
        Assert.Equal(0m, order.AmountRefunded);
        Assert.Equal(OrderHistoryEvent.RefundRequested, order.History[^1].Event);
        Assert.Throws<ArgumentOutOfRangeException>(() => order.RequestRefund("20261125000000000100002", 50.01m, "x", "a", Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => order.RequestRefund("20261125000000000100002", 0m, "x", "a", Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => order.RequestRefund("20261125000000000100002", 1.001m, "x", "a", Now));
        Assert.Throws<ArgumentException>(() => order.RequestRefund("20261125000000000100001", 1m, "x", "a", Now));
        Assert.Throws<ArgumentException>(() => order.RequestRefund("2026112", 1m, "x", "a", Now));
        Assert.Throws<ArgumentException>(() => order.RequestRefund("20261125000000000100002", 1m, " ", "a", Now));
        Assert.Throws<ArgumentException>(() => order.RequestRefund("20261125000000000100002", 1m, new string('退', Refund.ReasonMaxLength + 1), "a", Now));
    }

    [Fact]
    public void Partial_refunds_add_up_and_the_last_one_refunds_the_order()
    {
        var order = Paid(OrderBuilder.Virtual(price: 50m));
        order.RequestRefund("20261125001", 20m, "一部分", "admin", Now);

        var first = order.ApplyRefundResult("20261125001", succeeded: true, 20m, "SUCCESS", Now, 2)!;

        Assert.Equal(RefundOutcome.Succeeded, first.Outcome);
        Assert.Equal((OrderStatus.Completed, PaymentState.Paid, 20m, 30m), (order.Status, order.PaymentState, order.AmountRefunded, order.RefundableAmount));
        Assert.Equal(OrderHistoryEvent.PartiallyRefunded, order.History[^1].Event);

        order.RequestRefund("20261125002", 30m, "其余", "admin", Now);
        var last = order.ApplyRefundResult("20261125002", succeeded: true, null, "SUCCESS", Now, 3)!;

        Assert.Equal((OrderStatus.Refunded, PaymentState.Refunded, 50m), (order.Status, order.PaymentState, order.AmountRefunded));
        Assert.Equal((OrderStatus.Completed, OrderStatus.Refunded), (last.Change.FromStatus, last.Change.ToStatus));
        Assert.False(last.Change.RefundedBeforeShipping);
        Assert.Equal(OrderHistoryEvent.Refunded, order.History[^1].Event);
        Assert.False(order.CanRefund);
    }

    [Fact]
    public void A_result_seen_before_changes_nothing()
    {
        var order = Paid(OrderBuilder.Virtual(price: 50m));
        order.RequestRefund("20261125001", 50m, "退款", "admin", Now);
        order.ApplyRefundResult("20261125001", succeeded: true, 50m, "SUCCESS", Now, 2);
        var version = order.Version;

        var again = order.ApplyRefundResult("20261125001", succeeded: false, 50m, "TRADE_NOT_EXIST", Now, 3)!;

        Assert.Equal(RefundOutcome.AlreadyResolved, again.Outcome);
        Assert.False(again.Change.Changed);
        Assert.Equal((version, RefundState.Succeeded, 50m), (order.Version, again.Refund.State, order.AmountRefunded));
        Assert.Null(order.ApplyRefundResult("20261125999", succeeded: true, 1m, "SUCCESS", Now, 4));
    }

    [Fact]
    public void A_failed_refund_leaves_the_order_paid_with_nothing_refunded()
    {
        var order = Paid(OrderBuilder.Virtual(price: 50m));
        order.RequestRefund("20261125001", 50m, "退款", "admin", Now);

        var result = order.ApplyRefundResult("20261125001", succeeded: false, 50m, "TOTAL_REFUND_FEE_EXCEED", Now, 2)!;

        Assert.Equal(RefundOutcome.Failed, result.Outcome);
        Assert.Equal((RefundState.Failed, "TOTAL_REFUND_FEE_EXCEED"), (result.Refund.State, result.Refund.ResultCode));
        Assert.Equal((OrderStatus.Completed, PaymentState.Paid, 0m, 50m), (order.Status, order.PaymentState, order.AmountRefunded, order.RefundableAmount));
        Assert.True(order.CanRefund);
    }

    [Fact]
    public void A_TRADE_CLOSED_that_came_first_counts_everything_refunded_and_the_later_result_keeps_it_so()
    {
        var order = Paid(OrderBuilder.Physical(price: 100m, fee: 10m));
        order.RequestRefund("20261125001", 110m, "取消", "admin", Now);

        var closed = order.ApplyPayment(PaymentEvent.Closed, new PaymentReport("TRADE_CLOSED"), Now, 2);

        Assert.True(closed.RefundedBeforeShipping);
        Assert.Equal((OrderStatus.Refunded, 110m), (order.Status, order.AmountRefunded));

        var result = order.ApplyRefundResult("20261125001", succeeded: true, 110m, "SUCCESS", Now, 3)!;

        Assert.Equal(RefundOutcome.Succeeded, result.Outcome);
        Assert.False(result.Change.RefundedBeforeShipping);
        Assert.Equal((OrderStatus.Refunded, PaymentState.Refunded, 110m), (order.Status, order.PaymentState, order.AmountRefunded));
    }

    [Fact]
    public void A_full_refund_before_shipping_says_so_to_bring_the_stock_back()
    {
        var order = Paid(OrderBuilder.Physical(price: 100m, fee: 10m));
        order.RequestRefund("20261125001", 110m, "取消", "admin", Now);

        var result = order.ApplyRefundResult("20261125001", succeeded: true, 110m, "SUCCESS", Now, 2)!;

        Assert.True(result.Change.RefundedBeforeShipping);
    }

    [Fact]
    public void An_escrow_trade_s_refund_states_are_recorded_once_each()
    {
        var order = Paid(OrderBuilder.Physical(), PaymentEvent.PaidIntoEscrow);

        Assert.True(order.RecordAlipayRefundState(AlipayRefundState.WaitSellerAgree, Now, 2));
        Assert.False(order.RecordAlipayRefundState(AlipayRefundState.WaitSellerAgree, Now, 3));
        Assert.False(order.RecordAlipayRefundState(AlipayRefundState.None, Now, 4));
        Assert.True(order.RecordAlipayRefundState(AlipayRefundState.RefundClosed, Now, 5));

        Assert.Equal(AlipayRefundState.RefundClosed, order.AlipayRefundState);
        Assert.Equal(2, order.History.Count(h => h.Event == OrderHistoryEvent.AlipayRefundState));
    }
}
