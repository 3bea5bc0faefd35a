using Microsoft.Extensions.Localization;
using Shop.Domain.Ordering;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>What an escrow trade's refund state means, and what the admin does next, in plain words.</summary>
public static class EscrowRefundText
{
    public static (string State, string NextStep) Describe(AlipayRefundState state, IStringLocalizer localizer) => state switch
    {
        AlipayRefundState.WaitSellerAgree => (
            localizer["The buyer asked for a refund"],
            localizer["Agree or refuse on Alipay (the trade's refund page): the shop cannot answer for you."]),
        AlipayRefundState.SellerRefuseBuyer => (
            localizer["You refused the refund"],
            localizer["Nothing to do unless the buyer asks again; Alipay may step in if the buyer complains."]),
        AlipayRefundState.WaitBuyerReturnGoods => (
            localizer["Waiting for the buyer to send the goods back"],
            localizer["Nothing to do yet: wait for the goods."]),
        AlipayRefundState.WaitSellerConfirmGoods => (
            localizer["The goods are on their way back"],
            localizer["When they arrive, confirm receipt on Alipay so the refund is paid."]),
        AlipayRefundState.RefundSuccess => (
            localizer["Refunded on Alipay"],
            localizer["Nothing to do: the money went back to the buyer."]),
        AlipayRefundState.RefundClosed => (
            localizer["The refund was withdrawn"],
            localizer["Nothing to do: the trade goes on as before."]),
        _ => ("", ""),
    };
}
