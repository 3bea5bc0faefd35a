namespace Shop.Domain.Payments.Alipay;

/// <summary><c>refund_status</c> (docs/alipay-protocol.md §4). The text that arrived is always kept beside it.</summary>
public enum RefundStatus
{
    /// <summary>A value this code does not know.</summary>
    Unknown,

    /// <summary>WAIT_SELLER_AGREE: escrow, the buyer asked for a refund.</summary>
    WaitSellerAgree,

    /// <summary>SELLER_REFUSE_BUYER: escrow, the seller refused the refund.</summary>
    SellerRefuseBuyer,

    /// <summary>WAIT_BUYER_RETURN_GOODS: escrow, the seller agreed; the goods come back.</summary>
    WaitBuyerReturnGoods,

    /// <summary>WAIT_SELLER_CONFIRM_GOODS: escrow, the goods are on their way back.</summary>
    WaitSellerConfirmGoods,

    /// <summary>REFUND_SUCCESS.</summary>
    RefundSuccess,

    /// <summary>REFUND_CLOSED: the refund was withdrawn or closed.</summary>
    RefundClosed,
}
