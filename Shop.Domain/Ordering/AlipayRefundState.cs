namespace Shop.Domain.Ordering;

/// <summary>
/// The refund states Alipay reports on an escrow trade, where buyer and seller negotiate the
/// refund on Alipay's side (docs/alipay-protocol.md §6a); the shop stores the latest and tells
/// the admin what to do next.
/// </summary>
public enum AlipayRefundState
{
    None,
    WaitSellerAgree,
    SellerRefuseBuyer,
    WaitBuyerReturnGoods,
    WaitSellerConfirmGoods,
    RefundSuccess,
    RefundClosed,
}
