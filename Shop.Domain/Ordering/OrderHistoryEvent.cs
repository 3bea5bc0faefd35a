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

    /// <summary>The buyer deleted their account: their personal data left the order.</summary>
    BuyerErased,

    /// <summary>Alipay reported a total the seller changed there (is_total_fee_adjust=Y): the detail is "paid / order total".</summary>
    PriceAdjusted,

    /// <summary>Virtual goods paid for with less than their total: held for an admin, nothing delivered.</summary>
    HeldForReview,

    /// <summary>An admin accepted what was paid for held goods, which were then delivered.</summary>
    ReleasedByAdmin,
}
