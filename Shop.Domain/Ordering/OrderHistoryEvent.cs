namespace Shop.Domain.Ordering;

/// <summary>What happened to an order, as its history tells it.</summary>
public enum OrderHistoryEvent
{
    Placed,
    PaymentUpdate,
    PaidAfterClosing,
    Delivered,
    Shipped,
    ReceiptConfirmed,
    CompletedAfterShippingPeriod,
    CancelledByBuyer,
    ClosedUnpaid,
    PartiallyRefunded,
    Note,
}
