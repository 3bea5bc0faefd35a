using System.Globalization;

namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// A trade as an XML answer describes it: <c>response/tradeBase</c> of
/// <c>send_goods_confirm_by_platform</c> or <c>response/trade</c> of <c>single_trade_query</c>
/// (docs/alipay-protocol.md §6). Flags are T/F here, not Y/N as in notifications.
/// </summary>
public sealed record AlipayTrade
{
    public string? TradeNo { get; init; }

    public string? OutTradeNo { get; init; }

    public string? Subject { get; init; }

    /// <summary>The status as written; <see cref="TradeStatus"/> reads it.</summary>
    public string? TradeStatusText { get; init; }

    public TradeStatus? TradeStatus => AlipayStatusNames.ParseTradeStatus(TradeStatusText);

    public decimal? TotalFee { get; init; }

    public decimal? Price { get; init; }

    public int? Quantity { get; init; }

    public string? BuyerEmail { get; init; }

    public string? BuyerId { get; init; }

    public string? SellerEmail { get; init; }

    public string? SellerId { get; init; }

    public DateTimeOffset? GmtCreate { get; init; }

    public DateTimeOffset? GmtPayment { get; init; }

    public DateTimeOffset? GmtSendGoods { get; init; }

    public DateTimeOffset? GmtClose { get; init; }

    public bool? IsTotalFeeAdjust { get; init; }

    public bool? UseCoupon { get; init; }

    /// <summary>The refund status as written; <see cref="RefundStatus"/> reads it.</summary>
    public string? RefundStatusText { get; init; }

    public RefundStatus? RefundStatus => AlipayStatusNames.ParseRefundStatus(RefundStatusText);

    /// <summary>The trade as XML field names and texts, in the order they are written, without empty ones.</summary>
    internal IReadOnlyList<KeyValuePair<string, string>> ToFields()
    {
        KeyValuePair<string, string?>[] fields =
        [
            new("trade_no", TradeNo),
            new("out_trade_no", OutTradeNo),
            new("subject", Subject),
            new("trade_status", TradeStatusText),
            new("total_fee", TotalFee is { } totalFee ? AlipayAmount.Format(totalFee) : null),
            new("price", Price is { } price ? AlipayAmount.Format(price) : null),
            new("quantity", Quantity?.ToString(CultureInfo.InvariantCulture)),
            new("buyer_email", BuyerEmail),
            new("buyer_id", BuyerId),
            new("seller_email", SellerEmail),
            new("seller_id", SellerId),
            new("gmt_create", GmtCreate is { } created ? ChinaTime.Format(created) : null),
            new("gmt_payment", GmtPayment is { } paid ? ChinaTime.Format(paid) : null),
            new("gmt_send_goods", GmtSendGoods is { } sent ? ChinaTime.Format(sent) : null),
            new("gmt_close", GmtClose is { } closed ? ChinaTime.Format(closed) : null),
            new("is_total_fee_adjust", IsTotalFeeAdjust is { } adjusted ? AlipayFlag.FormatTrueFalse(adjusted) : null),
            new("use_coupon", UseCoupon is { } coupon ? AlipayFlag.FormatTrueFalse(coupon) : null),
            new("refund_status", RefundStatusText),
        ];

        return fields
            .Where(field => !string.IsNullOrEmpty(field.Value))
            .Select(field => KeyValuePair.Create(field.Key, field.Value!))
            .ToList();
    }

    /// <summary>Reads the fields of an XML answer; what does not read is left null.</summary>
    internal static AlipayTrade FromFields(IReadOnlyDictionary<string, string> fields)
    {
        string? Text(string name) => fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
        decimal? Amount(string name) => AlipayAmount.TryParseReported(Text(name), out var amount) ? amount : null;
        DateTimeOffset? Time(string name) => ChinaTime.TryParse(Text(name), out var instant) ? instant : null;

        return new AlipayTrade
        {
            TradeNo = Text("trade_no"),
            OutTradeNo = Text("out_trade_no"),
            Subject = Text("subject"),
            TradeStatusText = Text("trade_status"),
            TotalFee = Amount("total_fee"),
            Price = Amount("price"),
            Quantity = int.TryParse(Text("quantity"), NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) ? quantity : null,
            BuyerEmail = Text("buyer_email"),
            BuyerId = Text("buyer_id"),
            SellerEmail = Text("seller_email"),
            SellerId = Text("seller_id"),
            GmtCreate = Time("gmt_create"),
            GmtPayment = Time("gmt_payment"),
            GmtSendGoods = Time("gmt_send_goods"),
            GmtClose = Time("gmt_close"),
            IsTotalFeeAdjust = AlipayFlag.ParseTrueFalse(Text("is_total_fee_adjust")),
            UseCoupon = AlipayFlag.ParseTrueFalse(Text("use_coupon")),
            RefundStatusText = Text("refund_status"),
        };
    }
}
