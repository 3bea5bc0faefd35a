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

    /// <summary>Virtual goods paid for with less than their total: held for the admin.</summary>
    HeldForReview,

    /// <summary>The admin accepted what was paid for held goods.</summary>
    ReleasedByAdmin,
}
