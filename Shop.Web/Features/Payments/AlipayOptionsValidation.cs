using Microsoft.Extensions.Options;
using Shop.Domain.Payments.Alipay;

namespace Shop.Web.Features.Payments;

/// <summary>
/// Refuses to start with Alipay settings that could only fail later at the gateway, and says what
/// is wrong in the words of docs/alipay-protocol.md §8 (an email typed as the partner id, a space
/// in the key). Outside Development the addresses buyers and Alipay are sent to must be https,
/// except on loopback, so that a shop can still be load-tested on 127.0.0.1.
/// </summary>
public class AlipayOptionsValidation(IHostEnvironment environment) : IValidateOptions<AlipayOptions>
{
    public ValidateOptionsResult Validate(string? name, AlipayOptions options)
    {
        var problems = new List<string>();
        try
        {
            options.Merchant();
        }
        catch (AlipayArgumentException e)
        {
            problems.Add($"Alipay:{(e.Violation.Parameter == "key" ? "Key" : e.Violation.Parameter == "partner" ? "Partner" : e.Violation.Parameter)} {e.Violation.Rule}.");
        }
        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https") || baseUrl.Query.Length > 0)
        {
            problems.Add("Alipay:PublicBaseUrl must be an absolute http(s) address without a query string, such as https://shop.example.com.");
        }
        else if (!environment.IsDevelopment() && !IsHttpsOrLoopback(baseUrl))
        {
            problems.Add($"Alipay:PublicBaseUrl must be https outside Development (it is {environment.EnvironmentName}): "
                + "buyers sign in and Alipay posts notifications there. Put the shop behind TLS, such as https://shop.example.com; only a loopback address may be http.");
        }
        if (options.NotifyUrl.Length > 190)
        {
            problems.Add("Alipay:PublicBaseUrl is too long: notify_url may have at most 190 characters.");
        }
        var gateway = options.GatewayUrl.StartsWith('/') ? null
            : Uri.TryCreate(options.GatewayUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? absolute
            : null;
        if (!options.GatewayUrl.StartsWith('/') && gateway is null)
        {
            problems.Add("Alipay:GatewayUrl must be an absolute http(s) address or a path of this site.");
        }
        else if (!environment.IsDevelopment() && gateway is not null && !IsHttpsOrLoopback(gateway))
        {
            problems.Add($"Alipay:GatewayUrl must be https outside Development (it is {environment.EnvironmentName}): "
                + "the signed payment request goes there, such as https://mapi.alipay.com/gateway.do; only a loopback address may be http.");
        }
        if (!AlipayCharset.TryFromName(options.InputCharset, out _))
        {
            problems.Add("Alipay:InputCharset must be utf-8, gbk or gb2312.");
        }
        if (options.PhysicalGoodsService is not (AlipayServices.TradeCreateByBuyer or AlipayServices.CreatePartnerTradeByBuyer or AlipayServices.CreateDirectPayByUser))
        {
            problems.Add("Alipay:PhysicalGoodsService must be trade_create_by_buyer, create_partner_trade_by_buyer or create_direct_pay_by_user.");
        }
        if (options.VirtualGoodsService is not (AlipayServices.CreateDigitalGoodsTradeP or AlipayServices.CreateDirectPayByUser))
        {
            problems.Add("Alipay:VirtualGoodsService must be create_digital_goods_trade_p or create_direct_pay_by_user.");
        }
        if (options.TimeoutSeconds < 1 || options.NotifyVerifyTimeoutSeconds < 1)
        {
            problems.Add("Alipay:TimeoutSeconds and Alipay:NotifyVerifyTimeoutSeconds must be at least 1.");
        }
        if (options.NotificationConcurrency < 1 || options.NotificationQueueMilliseconds < 0)
        {
            problems.Add("Alipay:NotificationConcurrency must be at least 1 and Alipay:NotificationQueueMilliseconds at least 0.");
        }
        if (options.RejectedNotificationRetentionDays < 1 || options.RejectedNotificationMaxRows < 1)
        {
            problems.Add("Alipay:RejectedNotificationRetentionDays and Alipay:RejectedNotificationMaxRows must be at least 1.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsHttpsOrLoopback(Uri url) => url.Scheme == Uri.UriSchemeHttps || url.IsLoopback;
}
