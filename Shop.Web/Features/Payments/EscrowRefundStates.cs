using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;

namespace Shop.Web.Features.Payments;

/// <summary>The refund_status of an escrow trade's notification as the order stores it (docs/alipay-protocol.md §6a).</summary>
public static class EscrowRefundStates
{
    public static AlipayRefundState From(RefundStatus? refundStatus) => refundStatus switch
    {
        RefundStatus.WaitSellerAgree => AlipayRefundState.WaitSellerAgree,
        RefundStatus.SellerRefuseBuyer => AlipayRefundState.SellerRefuseBuyer,
        RefundStatus.WaitBuyerReturnGoods => AlipayRefundState.WaitBuyerReturnGoods,
        RefundStatus.WaitSellerConfirmGoods => AlipayRefundState.WaitSellerConfirmGoods,
        RefundStatus.RefundSuccess => AlipayRefundState.RefundSuccess,
        RefundStatus.RefundClosed => AlipayRefundState.RefundClosed,
        _ => AlipayRefundState.None,
    };
}
