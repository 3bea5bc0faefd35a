namespace Shop.Domain.Ordering;

/// <summary>What the payment provider reports about a trade, in the shop's words.</summary>
public enum PaymentEvent
{
    /// <summary>The trade exists and waits for the buyer (WAIT_BUYER_PAY).</summary>
    AwaitingPayment,

    /// <summary>The buyer paid into escrow; the seller ships now (WAIT_SELLER_SEND_GOODS).</summary>
    PaidIntoEscrow,

    /// <summary>The seller shipped; escrow waits for the buyer's confirmation (WAIT_BUYER_CONFIRM_GOODS).</summary>
    GoodsSent,

    /// <summary>The money reached the seller (TRADE_SUCCESS, TRADE_FINISHED).</summary>
    Paid,

    /// <summary>The trade closed: unpaid (timeout, cancelled) or after a full refund (TRADE_CLOSED).</summary>
    Closed,

    /// <summary>Part of the payment went back to the buyer; the trade stays open (refund_status=REFUND_SUCCESS).</summary>
    PartiallyRefunded,

    /// <summary>A status that changes nothing for the shop (TRADE_PENDING, or one it does not know).</summary>
    NoEffect,
}
