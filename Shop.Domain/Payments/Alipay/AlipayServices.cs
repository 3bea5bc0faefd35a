namespace Shop.Domain.Payments.Alipay;

/// <summary>The gateway's service names (the <c>service</c> parameter).</summary>
public static class AlipayServices
{
    public const string CreateDirectPayByUser = "create_direct_pay_by_user";
    public const string CreatePartnerTradeByBuyer = "create_partner_trade_by_buyer";
    public const string TradeCreateByBuyer = "trade_create_by_buyer";
    public const string CreateDigitalGoodsTradeP = "create_digital_goods_trade_p";
    public const string CreateDonateTradeP = "create_donate_trade_p";
    public const string SendGoodsConfirmByPlatform = "send_goods_confirm_by_platform";
    public const string SingleTradeQuery = "single_trade_query";
    public const string CloseTrade = "close_trade";

    /// <summary>Refunds of instant payments, confirmed by the seller on Alipay's page (docs/alipay-protocol.md §6a).</summary>
    public const string RefundFastpayByPlatformPwd = "refund_fastpay_by_platform_pwd";

    /// <summary>The one unsigned service: asks whether a notification's notify_id is genuine (docs/alipay-protocol.md §5).</summary>
    public const string NotifyVerify = "notify_verify";

    /// <summary>
    /// Whether the seller may change a trade's total on Alipay before payment
    /// (is_total_fee_adjust=Y): only escrow and dual trades allow it (docs/alipay-protocol.md §4).
    /// </summary>
    public static bool AllowsTotalFeeAdjust(string service) =>
        service is CreatePartnerTradeByBuyer or TradeCreateByBuyer;

    /// <summary>The signed services the rules know; any other name is ILLEGAL_SERVICE.</summary>
    public static IReadOnlyList<string> Signed { get; } =
    [
        CreateDirectPayByUser,
        CreatePartnerTradeByBuyer,
        TradeCreateByBuyer,
        CreateDigitalGoodsTradeP,
        CreateDonateTradeP,
        SendGoodsConfirmByPlatform,
        SingleTradeQuery,
        CloseTrade,
        RefundFastpayByPlatformPwd,
    ];
}
