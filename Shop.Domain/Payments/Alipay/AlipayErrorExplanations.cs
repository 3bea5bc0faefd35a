namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// What usually causes each gateway error (docs/alipay-protocol.md §7), in words for the person who
/// has to fix it, in Chinese (zh-CN) and English. Plain data, so any screen or log can use it.
/// </summary>
public static class AlipayErrorExplanations
{
    private sealed record Explanation(string Chinese, string English);

    private static readonly Explanation NoPrivilege = new(
        "该合作者身份（partner）没有签约这个接口。请在支付宝商家中心申请开通对应的服务。",
        "The partner has no contract for this service. Apply for the service in the Alipay merchant account.");

    private static readonly Explanation PriceChanged = new(
        "同一个商户订单号（out_trade_no）再次提交时金额与第一次不同。未付款的订单只能以相同金额重新提交；金额变了请使用新的订单号。",
        "The same out_trade_no was sent again with other amounts. An unpaid order can only be sent again with the same amounts; use a new order number when the amount changes.");

    private static readonly Explanation BadTimeout = new(
        "未付款交易的超时时间（it_b_pay）不被允许或格式错误。只能用整数的分钟、小时或天（1m 到 15d），或 1c；1.5h 必须写成 90m。",
        "The unpaid timeout (it_b_pay) is not allowed or malformed. Use whole minutes, hours or days (1m to 15d), or 1c; 1.5h must be written 90m.");

    private static readonly Dictionary<string, Explanation> Explanations = new(StringComparer.OrdinalIgnoreCase)
    {
        [AlipayErrorCodes.IllegalPartner] = new(
            "合作者身份（partner）不正确：常见原因是填成了支付宝登录邮箱，而不是以 2088 开头的 16 位数字，或者复制时带了空格。",
            "The partner id is wrong: usually an email address was entered instead of the 16-digit id starting with 2088, or a space was copied with it."),
        [AlipayErrorCodes.IllegalSign] = new(
            "签名不正确：安全校验码（key）错误或含空格；签名用的字符集与 _input_charset 不一致；对 URL 编码后的值签了名；表单里有不是参数的字段；或者参数排序受了区域设置影响。",
            "The sign is wrong: the key is wrong or contains a space; the bytes were signed in another charset than _input_charset; encoded values were signed; the form has a field that is not a parameter; or the names were sorted with a culture-aware sort."),
        [AlipayErrorCodes.HashNoPrivilege] = NoPrivilege,
        [AlipayErrorCodes.HasNoPrivilege] = NoPrivilege,
        [AlipayErrorCodes.IllegalService] = new(
            "接口名称（service）不存在，请检查拼写。",
            "The service name is unknown; check its spelling."),
        [AlipayErrorCodes.IllegalArgument] = new(
            "缺少必填参数，或者某个参数格式不正确。",
            "A required parameter is missing or a parameter is malformed."),
        [AlipayErrorCodes.IllegalSignType] = new(
            "签名方式（sign_type）不正确，这个网关只接受 MD5。",
            "The sign_type is wrong; this gateway accepts only MD5."),
        [AlipayErrorCodes.IllegalCharset] = new(
            "参数编码字符集（_input_charset）不正确，只能是 utf-8、gbk 或 gb2312。",
            "The _input_charset is wrong; it must be utf-8, gbk or gb2312."),
        [AlipayErrorCodes.IllegalFeeParam] = new(
            "金额参数组合不正确：total_fee 与 price/quantity 同时传了，price 没有 quantity，或者金额不在 0.01 到 100000000.00 之间。",
            "The amount parameters do not fit together: total_fee was sent with price/quantity, price without quantity, or an amount is outside 0.01 to 100000000.00."),
        [AlipayErrorCodes.IllegalMoneyFormat] = new(
            "金额格式不正确：小数超过两位，或者带了千分位分隔符、科学计数法、符号或空格。金额应写成 10.50 这样。",
            "An amount is malformed: more than two decimals, or a separator, exponent, sign or space. Write amounts like 10.50."),
        [AlipayErrorCodes.TradePriceNotMatch] = PriceChanged,
        [AlipayErrorCodes.TradeTotalFeeNotMatch] = PriceChanged,
        [AlipayErrorCodes.TradeQuantityNotMatch] = PriceChanged,
        [AlipayErrorCodes.TradeNotAllowedPay] = new(
            "这笔交易已关闭或已超时，不能再付款。请重新下单。",
            "The trade is closed or timed out and can no longer be paid. Place the order again."),
        [AlipayErrorCodes.BuyerSellerEqual] = new(
            "买家和卖家是同一个支付宝账户，不能自己付款给自己。请用另一个账户付款。",
            "The buyer and the seller are the same Alipay account. Pay with another account."),
        [AlipayErrorCodes.SelfTimeoutNotSupport] = BadTimeout,
        [AlipayErrorCodes.IllegalOutTimeArgument] = BadTimeout,
        [AlipayErrorCodes.TradeNotExist] = new(
            "支付宝找不到这笔交易：查询或发货时用的交易号不对，或者买家还没有在支付宝创建这笔交易。",
            "Alipay does not know the trade: the number used to query or ship is wrong, or the buyer never created the trade on Alipay."),
        [AlipayErrorCodes.TradeStatusNotAvailable] = new(
            "交易当前的状态不允许这个操作：例如还没付款、已经发过货或者已经关闭时发货或关闭交易。",
            "The trade's status does not allow this: for example shipping or closing a trade that is not paid yet, already shipped, or closed."),
        [AlipayErrorCodes.BatchNoDuplicate] = new(
            "退款批次号（batch_no）已经用过：每个批次号只能用一次，即使上次被拒绝。请在商店里重新发起退款，会生成新的批次号。",
            "The refund's batch_no was used before: each batch number is used once, even after a refusal. Start the refund again from the shop, which makes a new batch number."),
        [AlipayErrorCodes.TotalRefundFeeExceed] = new(
            "退款金额超过了这笔交易剩余可退的金额：之前的退款已经退了一部分，或者金额填多了。",
            "The refund is more than what is left of the trade: earlier refunds already gave some back, or the amount is too high."),
    };

    /// <summary>
    /// The explanation of <paramref name="errorCode"/> in Chinese for any "zh" culture, in
    /// English for every other culture. A code this list does not know still gets a sentence
    /// that names it.
    /// </summary>
    public static string Explain(string? errorCode, string? cultureName)
    {
        var chinese = cultureName?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true;
        if (errorCode is not null && Explanations.TryGetValue(errorCode, out var explanation))
        {
            return chinese ? explanation.Chinese : explanation.English;
        }

        return chinese
            ? $"支付宝返回了错误 {errorCode}，本店没有这个错误的说明。请查阅支付宝接口文档或联系支付宝客服。"
            : $"Alipay answered the error {errorCode}, which this shop has no explanation for. Look it up in Alipay's interface documents or ask Alipay support.";
    }
}
