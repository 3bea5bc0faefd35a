using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;

namespace Shop.Web.Features.Payments;

/// <summary>
/// What a trade's status (and refund status) means for the order it pays, in the order to apply.
/// The shop's reading of the protocol, so it lives on the shop's side: the protocol code knows no
/// orders.
/// </summary>
public static class TradeStatusEvents
{
    public static IReadOnlyList<PaymentEvent> For(TradeStatus? tradeStatus, RefundStatus? refundStatus)
    {
        var refunded = refundStatus == RefundStatus.RefundSuccess;
        return tradeStatus switch
        {
            TradeStatus.WaitBuyerPay => [PaymentEvent.AwaitingPayment],
            TradeStatus.WaitSellerSendGoods => [PaymentEvent.PaidIntoEscrow],
            TradeStatus.WaitBuyerConfirmGoods => [PaymentEvent.GoodsSent],
            // A refund implies a payment, even when the notification of that payment never came.
            TradeStatus.TradeSuccess or TradeStatus.TradeFinished when refunded => [PaymentEvent.Paid, PaymentEvent.PartiallyRefunded],
            TradeStatus.TradeSuccess or TradeStatus.TradeFinished => [PaymentEvent.Paid],
            TradeStatus.TradeClosed when refunded => [PaymentEvent.Paid, PaymentEvent.Closed],
            TradeStatus.TradeClosed => [PaymentEvent.Closed],
            _ => [PaymentEvent.NoEffect],
        };
    }
}
