using Shop.Domain.Payments.Alipay;

namespace Shop.Web.Features.Payments;

/// <summary>The <c>Alipay</c> configuration section (README: Configuration).</summary>
public class AlipayOptions
{
    public const string Section = "Alipay";
    public const string NotifyPath = "/payments/alipay/notify";
    public const string ReturnPath = "/payments/alipay/return";

    /// <summary>16 digits starting 2088.</summary>
    public string Partner { get; set; } = "";

    /// <summary>The MD5 security key. Never logged, never shown.</summary>
    public string Key { get; set; } = "";

    public string? SellerEmail { get; set; }

    /// <summary>Absolute, or a path resolved against <see cref="PublicBaseUrl"/> (the local sandbox).</summary>
    public string GatewayUrl { get; set; } = "https://mapi.alipay.com/gateway.do";

    public string InputCharset { get; set; } = "utf-8";

    /// <summary>Where Alipay reaches the shop: the base of notify_url and return_url.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>Alipay's it_b_pay: how long an unpaid order stays open (1m..15d, or 1c for the end of the day).</summary>
    public string ItBPay { get; set; } = "2h";

    /// <summary>The service paying carts with physical goods: trade_create_by_buyer (default), create_partner_trade_by_buyer or create_direct_pay_by_user.</summary>
    public string PhysicalGoodsService { get; set; } = AlipayServices.TradeCreateByBuyer;

    /// <summary>The service paying carts of virtual goods only: create_digital_goods_trade_p (default) or create_direct_pay_by_user.</summary>
    public string VirtualGoodsService { get; set; } = AlipayServices.CreateDigitalGoodsTradeP;

    /// <summary>Seconds one gateway call may take before it counts as unreachable.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// Seconds notify_verify may take in all, retries included, before the notification is
    /// answered <c>fail</c> for Alipay to send again: well under the ~15 s Alipay waits for an answer.
    /// </summary>
    public int NotifyVerifyTimeoutSeconds { get; set; } = 5;

    /// <summary>How many notifications and returns are processed at once; more wait for a slot.</summary>
    public int NotificationConcurrency { get; set; } = 16;

    /// <summary>How long one waits for a slot before it is answered <c>fail</c> (Alipay sends it again later).</summary>
    public int NotificationQueueMilliseconds { get; set; } = 3000;

    /// <summary>Days a rejected request (bad signature, too large, malformed) is kept as evidence.</summary>
    public int RejectedNotificationRetentionDays { get; set; } = 30;

    /// <summary>The most rejected requests kept: the oldest go first, so a flood of forgeries stays bounded.</summary>
    public int RejectedNotificationMaxRows { get; set; } = 10_000;

    /// <summary><see cref="ItBPay"/> read; a value that is not one fails here, before an order is written.</summary>
    public AlipayUnpaidTimeout UnpaidTimeout() =>
        AlipayUnpaidTimeout.TryParse(ItBPay, out var timeout)
            ? timeout
            : throw new FormatException($"Alipay:ItBPay '{ItBPay}' is not 1m..15d in whole minutes, hours or days, or 1c.");

    public AlipayMerchant Merchant() =>
        new(Partner, Key, SellerEmail, sellerId: null, AlipayCharset.FromName(InputCharset));

    public Uri Gateway() =>
        Uri.TryCreate(GatewayUrl.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? absolute
            : new Uri(new Uri(PublicBaseUrl.TrimEnd('/') + "/"), GatewayUrl.Trim().TrimStart('/'));

    public string NotifyUrl => PublicBaseUrl.TrimEnd('/') + NotifyPath;

    public string ReturnUrl => PublicBaseUrl.TrimEnd('/') + ReturnPath;

    public override string ToString() =>
        $"Alipay {{ Partner = {Partner}, Key = (hidden), GatewayUrl = {GatewayUrl}, InputCharset = {InputCharset}, PublicBaseUrl = {PublicBaseUrl} }}";
}
