using Shop.Domain;
using Shop.Domain.Payments.Alipay;

namespace Shop.Web.Features.Payments;

/// <summary>
/// A trade as single_trade_query describes it, written as the parameters of a notification, so
/// that the answer is stored, checked and applied exactly like one (see
/// <see cref="AlipayNotificationProcessor.ApplyTradeQueryAsync"/>). Fields the answer leaves out stay out.
/// </summary>
public static class TradeQueryParameters
{
    public static Dictionary<string, string> From(AlipayTrade trade)
    {
        var parameters = new Dictionary<string, string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parameters[name] = value;
            }
        }
        Add("out_trade_no", trade.OutTradeNo);
        Add("trade_no", trade.TradeNo);
        Add("trade_status", trade.TradeStatusText);
        Add("total_fee", trade.TotalFee is { } fee ? AlipayAmount.Format(fee) : null);
        Add("is_total_fee_adjust", trade.IsTotalFeeAdjust switch { true => "Y", false => "N", null => null });
        Add("buyer_email", trade.BuyerEmail);
        Add("buyer_id", trade.BuyerId);
        Add("seller_id", trade.SellerId);
        Add("seller_email", trade.SellerEmail);
        Add("gmt_payment", trade.GmtPayment is { } paid ? ChinaTime.Format(paid) : null);
        Add("gmt_send_goods", trade.GmtSendGoods is { } sent ? ChinaTime.Format(sent) : null);
        Add("gmt_close", trade.GmtClose is { } closed ? ChinaTime.Format(closed) : null);
        Add("refund_status", trade.RefundStatusText);
        return parameters;
    }
}
