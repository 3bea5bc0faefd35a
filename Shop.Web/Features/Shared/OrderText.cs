using Shop.Domain.Ordering;

namespace Shop.Web.Features.Shared;

/// <summary>The words (resource keys) the pages use for an order's states and history.</summary>
public static class OrderText
{
    public static string Status(OrderStatus status, OrderKind kind, PaymentState payment) => status switch
    {
        OrderStatus.PendingPayment => "Waiting for payment",
        OrderStatus.AwaitingShipment => "Paid",
        OrderStatus.Shipped => "Shipped",
        OrderStatus.Completed when kind == OrderKind.Donation => "Received",
        OrderStatus.Completed when kind == OrderKind.Virtual => "Paid",
        OrderStatus.Completed => "Completed",
        OrderStatus.Closed => payment == PaymentState.Unpaid ? "Closed" : "Closed, paid late",
        _ => "Refunded",
    };

    public static string History(OrderHistoryEvent historyEvent) => historyEvent switch
    {
        OrderHistoryEvent.Placed => "Order placed",
        OrderHistoryEvent.PaymentUpdate => "Payment update from Alipay",
        OrderHistoryEvent.PaidAfterClosing => "Paid after the order had closed",
        OrderHistoryEvent.Delivered => "Delivered",
        OrderHistoryEvent.Shipped => "Shipped",
        OrderHistoryEvent.ReceiptConfirmed => "Receipt confirmed by the buyer",
        OrderHistoryEvent.CompletedAfterShippingPeriod => "Completed after the shipping period",
        OrderHistoryEvent.CancelledByBuyer => "Cancelled by the buyer",
        OrderHistoryEvent.ClosedUnpaid => "Closed without payment",
        OrderHistoryEvent.PartiallyRefunded => "Partial refund",
        OrderHistoryEvent.BuyerErased => "The buyer deleted their account",
        OrderHistoryEvent.PriceAdjusted => "Price changed on Alipay (paid / order total)",
        OrderHistoryEvent.HeldForReview => "Held: paid less than the price (paid / order total)",
        OrderHistoryEvent.ReleasedByAdmin => "Released by an admin: goods delivered",
        OrderHistoryEvent.RefundRequested => "Refund requested (batch, amount, admin: reason)",
        OrderHistoryEvent.Refunded => "Refunded in full",
        OrderHistoryEvent.RefundFailed => "Refund failed at Alipay",
        OrderHistoryEvent.AlipayRefundState => "Refund state on Alipay",
        _ => "Note",
    };

    public static string Kind(OrderKind kind) => kind switch
    {
        OrderKind.Physical => "Physical",
        OrderKind.Virtual => "Virtual",
        _ => "Donation",
    };

    public static string Payment(PaymentState state) => state switch
    {
        PaymentState.Unpaid => "Unpaid",
        PaymentState.HeldInEscrow => "Held in escrow",
        PaymentState.Paid => "Paid",
        _ => "Refunded",
    };
}
