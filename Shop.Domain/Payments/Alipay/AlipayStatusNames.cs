namespace Shop.Domain.Payments.Alipay;

/// <summary>The protocol spelling of <see cref="TradeStatus"/> and <see cref="RefundStatus"/>, both ways.</summary>
public static class AlipayStatusNames
{
    private static readonly Dictionary<string, TradeStatus> TradeStatuses = new(StringComparer.Ordinal)
    {
        ["WAIT_BUYER_PAY"] = TradeStatus.WaitBuyerPay,
        ["WAIT_SELLER_SEND_GOODS"] = TradeStatus.WaitSellerSendGoods,
        ["WAIT_BUYER_CONFIRM_GOODS"] = TradeStatus.WaitBuyerConfirmGoods,
        ["TRADE_SUCCESS"] = TradeStatus.TradeSuccess,
        ["TRADE_FINISHED"] = TradeStatus.TradeFinished,
        ["TRADE_CLOSED"] = TradeStatus.TradeClosed,
        ["TRADE_PENDING"] = TradeStatus.TradePending,
    };

    private static readonly Dictionary<string, RefundStatus> RefundStatuses = new(StringComparer.Ordinal)
    {
        ["WAIT_SELLER_AGREE"] = RefundStatus.WaitSellerAgree,
        ["SELLER_REFUSE_BUYER"] = RefundStatus.SellerRefuseBuyer,
        ["WAIT_BUYER_RETURN_GOODS"] = RefundStatus.WaitBuyerReturnGoods,
        ["WAIT_SELLER_CONFIRM_GOODS"] = RefundStatus.WaitSellerConfirmGoods,
        ["REFUND_SUCCESS"] = RefundStatus.RefundSuccess,
        ["REFUND_CLOSED"] = RefundStatus.RefundClosed,
    };

    /// <summary>Null when there is no status; <see cref="TradeStatus.Unknown"/> when it is not one we know.</summary>
    public static TradeStatus? ParseTradeStatus(string? text) =>
        string.IsNullOrEmpty(text) ? null : TradeStatuses.GetValueOrDefault(text, TradeStatus.Unknown);

    /// <summary>Null when there is no status; <see cref="RefundStatus.Unknown"/> when it is not one we know.</summary>
    public static RefundStatus? ParseRefundStatus(string? text) =>
        string.IsNullOrEmpty(text) ? null : RefundStatuses.GetValueOrDefault(text, RefundStatus.Unknown);

    public static string NameOf(TradeStatus status) => NameOf(TradeStatuses, status);

    public static string NameOf(RefundStatus status) => NameOf(RefundStatuses, status);

    private static string NameOf<TStatus>(Dictionary<string, TStatus> names, TStatus status)
        where TStatus : struct, Enum
    {
        foreach (var (name, value) in names)
        {
            if (value.Equals(status))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown has no protocol name; use the text that arrived.");
    }
}
