namespace Shop.Domain.Payments.Alipay;

/// <summary>The error codes the gateway answers (docs/alipay-protocol.md §7).</summary>
public static class AlipayErrorCodes
{
    public const string IllegalPartner = "ILLEGAL_PARTNER";
    public const string IllegalSign = "ILLEGAL_SIGN";
    public const string HashNoPrivilege = "HASH_NO_PRIVILEGE";
    public const string HasNoPrivilege = "HAS_NO_PRIVILEGE";
    public const string IllegalService = "ILLEGAL_SERVICE";
    public const string IllegalArgument = "ILLEGAL_ARGUMENT";
    public const string IllegalSignType = "ILLEGAL_SIGN_TYPE";
    public const string IllegalCharset = "ILLEGAL_CHARSET";
    public const string IllegalFeeParam = "ILLEGAL_FEE_PARAM";
    public const string IllegalMoneyFormat = "ILLEGAL_MONEY_FORMAT";
    public const string TradePriceNotMatch = "TRADE_PRICE_NOT_MATCH";
    public const string TradeTotalFeeNotMatch = "TRADE_TOTALFEE_NOT_MATCH";
    public const string TradeQuantityNotMatch = "TRADE_QUANTITY_NOT_MATCH";
    public const string TradeNotAllowedPay = "TRADE_NOT_ALLOWED_PAY";
    public const string BuyerSellerEqual = "BUYER_SELLER_EQUAL";
    public const string SelfTimeoutNotSupport = "SELF_TIMEOUT_NOT_SUPPORT";
    public const string IllegalOutTimeArgument = "ILLEGAL_OUTTIME_ARGUMENT";
    public const string TradeNotExist = "TRADE_NOT_EXIST";
    public const string TradeStatusNotAvailable = "TRADE_STATUS_NOT_AVAILD";

    /// <summary>A refund's batch_no already used by the partner (the name is the sandbox's: Alipay's is not documented).</summary>
    public const string BatchNoDuplicate = "BATCH_NO_DUPLICATE";

    /// <summary>A refund above what is left of the trade.</summary>
    public const string TotalRefundFeeExceed = "TOTAL_REFUND_FEE_EXCEED";
}
