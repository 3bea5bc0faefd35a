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

    /// <summary>An admin asked Alipay for a refund: the detail is "batch_no amount admin: reason".</summary>
    RefundRequested,

    /// <summary>Alipay refunded everything paid.</summary>
    Refunded,

    /// <summary>Alipay refused a refund the shop asked for: the detail is "batch_no error code".</summary>
    RefundFailed,

    /// <summary>Alipay reported an escrow trade's refund state (negotiated on Alipay's side).</summary>
    AlipayRefundState,
}
