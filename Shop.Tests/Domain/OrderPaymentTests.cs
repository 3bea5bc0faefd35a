using Shop.Domain.Ordering;
using Shop.Domain.Shipping;
using Shop.Tests.Builders;

namespace Shop.Tests.Domain;

public class OrderPaymentTests
{
    private static readonly DateTime Now = OrderBuilder.Now.AddMinutes(5);

    private static OrderChange Apply(Order order, PaymentEvent paymentEvent, string description = "status") =>
        order.ApplyPayment(paymentEvent, new PaymentReport(description, TradeNo: "2026112521001004000000000001"), Now, notificationId: 1);

    [Fact]
    public void A_new_order_waits_for_payment()
    {
        var order = OrderBuilder.Physical(price: 100m, fee: 12m);
        Assert.Equal(OrderStatus.PendingPayment, order.Status);
        Assert.Equal(PaymentState.Unpaid, order.PaymentState);
        Assert.Equal(112m, order.Total);
        Assert.Equal(OrderHistoryEvent.Placed, Assert.Single(order.History).Event);
    }

    [Fact]
    public void Free_shipping_is_not_added_to_the_total()
    {
        Assert.Equal(100m, OrderBuilder.Physical(price: 100m, fee: 0m).Total);
    }

    [Fact]
    public void Escrow_payment_makes_a_physical_order_await_shipment()
    {
        var order = OrderBuilder.Physical();
        var change = Apply(order, PaymentEvent.PaidIntoEscrow, "WAIT_SELLER_SEND_GOODS");

        Assert.True(change.Changed);
        Assert.Equal(OrderStatus.AwaitingShipment, order.Status);
        Assert.Equal(PaymentState.HeldInEscrow, order.PaymentState);
        Assert.True(order.ShipsThroughAlipay);
        Assert.Equal("2026112521001004000000000001", order.AlipayTradeNo);
        Assert.Equal("WAIT_SELLER_SEND_GOODS", order.History[^1].Detail);
        Assert.Equal(1, order.History[^1].NotificationId);
    }

    [Fact]
    public void The_escrow_path_runs_to_completion()
    {
        var order = OrderBuilder.Physical();
        Apply(order, PaymentEvent.AwaitingPayment);
        Apply(order, PaymentEvent.PaidIntoEscrow);
        order.MarkShipped("顺丰", "SF123", LogisticsType.Express, Now);
        Apply(order, PaymentEvent.GoodsSent);
        Apply(order, PaymentEvent.Paid);

        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal(PaymentState.Paid, order.PaymentState);
        Assert.True(Assert.Single(order.Shipments).ConfirmedByAlipay);
    }

    [Fact]
    public void Instant_payment_of_a_physical_order_awaits_shipment_then_the_buyer_confirms()
    {
        var order = OrderBuilder.Physical();
        Apply(order, PaymentEvent.Paid, "TRADE_FINISHED");
        Assert.Equal(OrderStatus.AwaitingShipment, order.Status);
        Assert.Equal(PaymentState.Paid, order.PaymentState);
        Assert.False(order.ShipsThroughAlipay);

        var shipment = order.MarkShipped("EMS", "E1", LogisticsType.Ems, Now);
        Assert.False(shipment.ConfirmedByAlipay);
        Assert.True(order.CanConfirmReceipt);
        order.ConfirmReceipt(Now);
        Assert.Equal(OrderStatus.Completed, order.Status);
    }

    [Fact]
    public void An_instantly_paid_order_completes_by_itself_after_the_shipping_period()
    {
        var order = OrderBuilder.Physical();
        Apply(order, PaymentEvent.Paid);
        order.MarkShipped("EMS", "E1", LogisticsType.Ems, Now);

        Assert.False(order.CompleteIfShippedBefore(Now.AddSeconds(-1), Now.AddDays(1)));
        Assert.True(order.CompleteIfShippedBefore(Now, Now.AddDays(10)));
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal(OrderHistoryEvent.CompletedAfterShippingPeriod, order.History[^1].Event);
    }

    [Theory]
    [InlineData(PaymentEvent.Paid)]
    [InlineData(PaymentEvent.PaidIntoEscrow)]
    public void Virtual_goods_and_donations_complete_when_paid(PaymentEvent paymentEvent)
    {
        var order = OrderBuilder.Virtual();
        var change = Apply(order, paymentEvent);
        Assert.True(change.CompletedByPayment);
        Assert.Equal(OrderStatus.Completed, order.Status);

        var donation = OrderBuilder.Donation();
        Apply(donation, PaymentEvent.Paid);
        Assert.Equal(OrderStatus.Completed, donation.Status);
        Assert.Equal(PaymentState.Paid, donation.PaymentState);
    }

    [Fact]
    public void The_same_notification_twice_changes_the_order_once()
    {
        var order = OrderBuilder.Physical();
        var first = Apply(order, PaymentEvent.PaidIntoEscrow);
        var second = Apply(order, PaymentEvent.PaidIntoEscrow);

        Assert.True(first.Changed);
        Assert.False(second.Changed);
        Assert.Equal(2, order.History.Count);
    }

    [Fact]
    public void A_late_status_never_moves_the_order_back()
    {
        var order = OrderBuilder.Physical();
        Apply(order, PaymentEvent.GoodsSent, "WAIT_BUYER_CONFIRM_GOODS");
        Assert.Equal(OrderStatus.Shipped, order.Status);

        Assert.False(Apply(order, PaymentEvent.PaidIntoEscrow).Changed);
        Assert.False(Apply(order, PaymentEvent.AwaitingPayment).Changed);
        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Equal(PaymentState.HeldInEscrow, order.PaymentState);
    }

    [Fact]
    public void Finished_before_paid_into_escrow_keeps_the_order_paid()
    {
        var order = OrderBuilder.Physical();
        Apply(order, PaymentEvent.Paid, "TRADE_FINISHED");
        Assert.False(Apply(order, PaymentEvent.PaidIntoEscrow).Changed);
        Assert.Equal(PaymentState.Paid, order.PaymentState);
        Assert.Equal(OrderStatus.AwaitingShipment, order.Status);
    }

    [Fact]
    public void Closing_an_unpaid_order_closes_it_and_releases_stock()
    {
        var order = OrderBuilder.Physical();
        var change = Apply(order, PaymentEvent.Closed, "TRADE_CLOSED");
        Assert.True(change.Closed);
        Assert.Equal(OrderStatus.Closed, order.Status);
        Assert.Equal(PaymentState.Unpaid, order.PaymentState);

        Assert.False(Apply(order, PaymentEvent.Closed).Changed);
    }

    [Fact]
    public void Closing_a_paid_trade_means_it_was_fully_refunded()
    {
        var order = OrderBuilder.Virtual();
        Apply(order, PaymentEvent.Paid, "TRADE_SUCCESS");
        var change = Apply(order, PaymentEvent.Closed, "TRADE_CLOSED");

        Assert.False(change.Closed);
        Assert.Equal(OrderStatus.Refunded, order.Status);
        Assert.Equal(PaymentState.Refunded, order.PaymentState);
        Assert.False(Apply(order, PaymentEvent.Paid).Changed);
    }

    [Fact]
    public void A_partial_refund_is_recorded_once_without_changing_the_status()
    {
        var order = OrderBuilder.Virtual();
        Apply(order, PaymentEvent.Paid);
        var refundAt = Now.AddDays(1);
        var first = order.ApplyPayment(PaymentEvent.PartiallyRefunded, new PaymentReport("REFUND_SUCCESS", RefundedAt: refundAt), Now, 2);
        var copy = order.ApplyPayment(PaymentEvent.PartiallyRefunded, new PaymentReport("REFUND_SUCCESS", RefundedAt: refundAt), Now, 3);

        Assert.True(first.Changed);
        Assert.False(copy.Changed);
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Single(order.History, h => h.Event == OrderHistoryEvent.PartiallyRefunded);
    }

    [Fact]
    public void Payment_for_an_order_already_closed_is_kept_and_flagged()
    {
        var order = OrderBuilder.Physical();
        order.Cancel(Now, OrderChangeSource.Buyer);
        Apply(order, PaymentEvent.Paid);

        Assert.Equal(OrderStatus.Closed, order.Status);
        Assert.Equal(PaymentState.Paid, order.PaymentState);
        Assert.True(order.PaidAfterClosing);
        Assert.Equal(OrderHistoryEvent.PaidAfterClosing, order.History[^1].Event);
    }

    [Fact]
    public void Only_an_unpaid_order_can_be_cancelled()
    {
        var order = OrderBuilder.Physical();
        Apply(order, PaymentEvent.PaidIntoEscrow);
        Assert.False(order.CanCancel);
        Assert.Throws<InvalidOperationException>(() => order.Cancel(Now, OrderChangeSource.Buyer));
    }

    [Fact]
    public void Shipping_is_refused_before_payment_and_twice()
    {
        var order = OrderBuilder.Physical();
        Assert.Throws<InvalidOperationException>(() => order.MarkShipped("SF", "1", LogisticsType.Express, Now));
        Apply(order, PaymentEvent.PaidIntoEscrow);
        order.MarkShipped("SF", "1", LogisticsType.Express, Now);
        Assert.Throws<InvalidOperationException>(() => order.MarkShipped("SF", "2", LogisticsType.Express, Now));
        Assert.Single(order.Shipments);
    }

    [Fact]
    public void Every_change_is_written_to_the_history_with_the_state_it_left()
    {
        var order = OrderBuilder.Physical();
        Apply(order, PaymentEvent.PaidIntoEscrow);
        order.AddNote("客户要求周末送货", "admin@shop.local", Now);

        Assert.Equal(
            [OrderHistoryEvent.Placed, OrderHistoryEvent.PaymentUpdate, OrderHistoryEvent.Note],
            order.History.Select(h => h.Event));
        Assert.Equal(OrderStatus.AwaitingShipment, order.History[1].Status);
        Assert.Equal("admin@shop.local: 客户要求周末送货", order.History[2].Detail);
    }
}
