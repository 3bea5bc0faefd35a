using System.Globalization;
using Shop.Domain;
using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>
/// A trade in the protocol's words: the parameters of its notifications and returns
/// (docs/alipay-protocol.md §4), and the trade of an XML answer (docs/alipay-protocol.md §6).
/// </summary>
public static class TradeParameters
{
    public const string NotifyType = "trade_status_sync";

    /// <summary>
    /// The notification of the trade as it is now, signed with the partner's key in the trade's
    /// charset over every parameter sent. A return adds <paramref name="extra"/> (is_success,
    /// exterface) before signing. Empty values are left out, as Alipay leaves them out.
    /// </summary>
    public static OrderedDictionary<string, string> Signed(
        SandboxTrade trade, string notifyId, DateTime now, string key, params KeyValuePair<string, string>[] extra)
    {
        var request = trade.Request;
        var parameters = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parameters[name] = value;
            }
        }

        Add("notify_time", Time(now));
        Add("notify_type", NotifyType);
        Add("notify_id", notifyId);
        Add("out_trade_no", request.OutTradeNo);
        Add("trade_no", trade.TradeNo);
        Add("subject", request.Subject);
        Add("body", request.Body);
        Add("payment_type", request.PaymentType);
        Add("trade_status", AlipayStatusNames.NameOf(trade.Status));
        Add("total_fee", AlipayAmount.Format(trade.TotalFee));
        // A request with total_fee alone reads back as one item at that price, as Alipay reports it.
        Add("price", AlipayAmount.Format(request.Price ?? request.GoodsTotal));
        Add("quantity", (request.Quantity ?? 1).ToString(CultureInfo.InvariantCulture));
        Add("discount", "0.00");
        Add("is_total_fee_adjust", trade.IsTotalFeeAdjusted ? "Y" : "N");
        Add("use_coupon", "N");
        Add("seller_id", SellerId(trade));
        Add("seller_email", request.SellerEmail);
        Add("buyer_id", trade.BuyerId);
        Add("buyer_email", trade.BuyerEmail);
        Add("gmt_create", Time(trade.CreatedAt));
        Add("gmt_payment", Time(trade.PaidAt));
        Add("gmt_close", Time(trade.ClosedAt));
        Add("gmt_send_goods", Time(trade.SentGoodsAt));
        Add("refund_status", trade.RefundStatus is { } refund ? AlipayStatusNames.NameOf(refund) : null);
        Add("gmt_refund", Time(trade.RefundedAt));
        Add("extra_common_param", request.ExtraCommonParam);
        if (trade.HasLogistics)
        {
            Add("logistics_type", request.LogisticsType);
            Add("logistics_fee", request.LogisticsFee is { } fee ? AlipayAmount.Format(fee) : null);
            Add("logistics_payment", request.LogisticsPayment);
            Add("receive_name", request.ReceiveName);
            Add("receive_address", request.ReceiveAddress);
            Add("receive_zip", request.ReceiveZip);
            Add("receive_phone", request.ReceivePhone);
            Add("receive_mobile", request.ReceiveMobile);
        }

        foreach (var (name, value) in extra)
        {
            Add(name, value);
        }

        return Sign(parameters, key, trade.InputCharset);
    }

    /// <summary>The parameters without any old sign, then <c>sign</c> and <c>sign_type</c> over them.</summary>
    public static OrderedDictionary<string, string> Sign(
        IEnumerable<KeyValuePair<string, string>> parameters, string key, AlipayCharset charset)
    {
        var signed = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters.Where(p => p.Key is not ("sign" or "sign_type")))
        {
            signed[name] = value;
        }

        signed["sign"] = AlipaySignature.Sign(signed, key, charset);
        signed["sign_type"] = AlipaySignature.SignTypeMd5;
        return signed;
    }

    /// <summary>The <c>response/trade</c> of single_trade_query (flags T/F there).</summary>
    public static AlipayTrade ForQuery(SandboxTrade trade) => new()
    {
        TradeNo = trade.TradeNo,
        OutTradeNo = trade.Request.OutTradeNo,
        Subject = trade.Request.Subject,
        TradeStatusText = AlipayStatusNames.NameOf(trade.Status),
        TotalFee = trade.TotalFee,
        Price = trade.Request.Price ?? trade.Request.GoodsTotal,
        Quantity = trade.Request.Quantity ?? 1,
        BuyerEmail = trade.BuyerEmail,
        BuyerId = trade.BuyerId,
        SellerEmail = trade.Request.SellerEmail,
        SellerId = SellerId(trade),
        GmtCreate = Instant(trade.CreatedAt),
        GmtPayment = Instant(trade.PaidAt),
        GmtSendGoods = Instant(trade.SentGoodsAt),
        GmtClose = Instant(trade.ClosedAt),
        IsTotalFeeAdjust = trade.IsTotalFeeAdjusted,
        UseCoupon = false,
        RefundStatusText = trade.RefundStatus is { } refund ? AlipayStatusNames.NameOf(refund) : null,
    };

    /// <summary>The numbers and the new status: the response of send_goods_confirm_by_platform (tradeBase) and close_trade.</summary>
    public static AlipayTrade Base(SandboxTrade trade) => new()
    {
        TradeNo = trade.TradeNo,
        OutTradeNo = trade.Request.OutTradeNo,
        TradeStatusText = AlipayStatusNames.NameOf(trade.Status),
    };

    // The account that receives the money: the seller_id sent, or else the partner's own.
    private static string SellerId(SandboxTrade trade) => trade.Request.SellerId ?? trade.Partner;

    private static DateTimeOffset? Instant(DateTime? utc) => utc is { } value ? ChinaTime.At(value) : null;

    private static string? Time(DateTime? utc) => utc is { } value ? ChinaTime.Format(value) : null;
}
