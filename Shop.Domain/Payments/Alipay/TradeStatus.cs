namespace Shop.Domain.Payments.Alipay;

/// <summary><c>trade_status</c> (docs/alipay-protocol.md §4). The text that arrived is always kept beside it.</summary>
public enum TradeStatus
{
    /// <summary>A value this code does not know.</summary>
    Unknown,

    /// <summary>WAIT_BUYER_PAY: created, not paid.</summary>
    WaitBuyerPay,

    /// <summary>WAIT_SELLER_SEND_GOODS: escrow paid, ship now.</summary>
    WaitSellerSendGoods,

    /// <summary>WAIT_BUYER_CONFIRM_GOODS: escrow shipped, waiting for the buyer.</summary>
    WaitBuyerConfirmGoods,

    /// <summary>TRADE_SUCCESS: paid; refunds still possible.</summary>
    TradeSuccess,

    /// <summary>TRADE_FINISHED: final success.</summary>
    TradeFinished,

    /// <summary>TRADE_CLOSED: unpaid timeout, closed, or fully refunded.</summary>
    TradeClosed,

    /// <summary>TRADE_PENDING: paid, but the seller's account cannot receive yet.</summary>
    TradePending,
}
