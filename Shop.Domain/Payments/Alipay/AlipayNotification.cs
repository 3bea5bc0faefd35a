using System.Collections.ObjectModel;
using System.Globalization;

namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// A notify POST or a return GET (docs/alipay-protocol.md §4), from its decoded parameters. All
/// parameters are kept exactly as they arrived, because the signature covers whatever arrived, and
/// the typed properties read from them. Parsing never fails: a value that does not read (a bad
/// amount, a bad date) is null, an unknown status is Unknown, and the raw text stays in
/// <see cref="Parameters"/>. Absent and empty values are both null.
/// </summary>
public sealed class AlipayNotification
{
    private AlipayNotification(IReadOnlyDictionary<string, string> parameters)
    {
        Parameters = parameters;
    }

    /// <summary>Every parameter that arrived, in the order it arrived, sign included.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    public string? Sign => Text("sign");

    public string? SignType => Text("sign_type");

    /// <summary><c>notify_time</c> on China's clock (offset +08:00, <see cref="ChinaTime"/>).</summary>
    public DateTimeOffset? NotifyTime => Time("notify_time");

    public DateTime? NotifyTimeUtc => NotifyTime?.UtcDateTime;

    /// <summary><c>notify_type</c>, normally <c>trade_status_sync</c>.</summary>
    public string? NotifyType => Text("notify_type");

    /// <summary><c>notify_id</c> as it arrived: never decode it again (it may contain %2F).</summary>
    public string? NotifyId => Text("notify_id");

    public string? OutTradeNo => Text("out_trade_no");

    /// <summary>Alipay's trade number, needed later to ship and to query.</summary>
    public string? TradeNo => Text("trade_no");

    public string? Subject => Text("subject");

    public string? Body => Text("body");

    public string? PaymentType => Text("payment_type");

    public TradeStatus? TradeStatus => AlipayStatusNames.ParseTradeStatus(TradeStatusText);

    public string? TradeStatusText => Text("trade_status");

    public decimal? TotalFee => Amount("total_fee");

    public decimal? Price => Amount("price");

    public int? Quantity =>
        int.TryParse(Text("quantity"), NumberStyles.None, CultureInfo.InvariantCulture, out var quantity) ? quantity : null;

    public decimal? Discount => Amount("discount");

    /// <summary><c>is_total_fee_adjust</c> (Y/N): whether the seller changed the total after creation.</summary>
    public bool? IsTotalFeeAdjust => AlipayFlag.ParseYesNo(Text("is_total_fee_adjust"));

    /// <summary><c>use_coupon</c> (Y/N).</summary>
    public bool? UseCoupon => AlipayFlag.ParseYesNo(Text("use_coupon"));

    public string? SellerId => Text("seller_id");

    public string? SellerEmail => Text("seller_email");

    public string? BuyerId => Text("buyer_id");

    public string? BuyerEmail => Text("buyer_email");

    public DateTimeOffset? GmtCreate => Time("gmt_create");

    public DateTimeOffset? GmtPayment => Time("gmt_payment");

    public DateTimeOffset? GmtClose => Time("gmt_close");

    public DateTimeOffset? GmtSendGoods => Time("gmt_send_goods");

    public RefundStatus? RefundStatus => AlipayStatusNames.ParseRefundStatus(RefundStatusText);

    public string? RefundStatusText => Text("refund_status");

    public DateTimeOffset? GmtRefund => Time("gmt_refund");

    /// <summary>What the shop sent in <c>extra_common_param</c>, echoed back.</summary>
    public string? ExtraCommonParam => Text("extra_common_param");

    public string? LogisticsType => Text("logistics_type");

    public decimal? LogisticsFee => Amount("logistics_fee");

    public string? LogisticsPayment => Text("logistics_payment");

    public string? ReceiveName => Text("receive_name");

    public string? ReceiveAddress => Text("receive_address");

    public string? ReceiveZip => Text("receive_zip");

    public string? ReceivePhone => Text("receive_phone");

    public string? ReceiveMobile => Text("receive_mobile");

    /// <summary>The notify_type of a refund's result (docs/alipay-protocol.md §6a).</summary>
    public const string BatchRefundNotifyType = "batch_refund_notify";

    /// <summary>A refund's result rather than a trade's status: it names a <see cref="BatchNo"/>, no out_trade_no.</summary>
    public bool IsBatchRefund => NotifyType == BatchRefundNotifyType;

    /// <summary><c>batch_no</c> of a refund's result: the shop's own number for the refund.</summary>
    public string? BatchNo => Text("batch_no");

    /// <summary><c>success_num</c>: how many records of the batch were refunded.</summary>
    public int? SuccessNum =>
        int.TryParse(Text("success_num"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;

    /// <summary><c>result_details</c>, read per trade.</summary>
    public IReadOnlyList<RefundResultDetail> ResultDetails => RefundResultDetail.ParseAll(Text("result_details"));

    /// <summary><c>is_success</c> (T/F), only on the return channel.</summary>
    public bool? IsSuccess => AlipayFlag.ParseTrueFalse(Text("is_success"));

    /// <summary><c>exterface</c>: the service that was paid, only on the return channel.</summary>
    public string? Exterface => Text("exterface");

    /// <summary>Reads decoded parameters, such as those of <see cref="AlipayFormEncoding.Parse(ReadOnlySpan{byte}, AlipayCharset)"/>.</summary>
    public static AlipayNotification Parse(IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);

        // A copy, so that what was verified cannot change afterwards.
        var copy = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            copy.Add(name, value);
        }

        return new AlipayNotification(new ReadOnlyDictionary<string, string>(copy));
    }

    private string? Text(string name) =>
        Parameters.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    private decimal? Amount(string name) =>
        AlipayAmount.TryParseReported(Text(name), out var amount) ? amount : null;

    private DateTimeOffset? Time(string name) =>
        ChinaTime.TryParse(Text(name), out var instant) ? instant : null;
}
