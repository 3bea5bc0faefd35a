using Shop.AlipaySandbox;
using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Sandbox;

/// <summary>
/// Payment requests of the shop's partner that the sandbox accepts, one per service, as plain
/// parameters: a test changes one thing, then signs with <see cref="Signed"/> like a merchant would
/// (the library's request builder would refuse the broken ones before they are sent).
/// </summary>
public static class PaymentRequests
{
    public const string ReturnUrl = "http://shop.example/payments/alipay/return";
    public const string ShowUrl = "http://shop.example/orders/current";

    public static string NewOutTradeNo() => "T" + Guid.NewGuid().ToString("N")[..20];

    public static OrderedDictionary<string, string> For(string service, string? notifyUrl = null, AlipayCharset? charset = null)
    {
        var parameters = new OrderedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["service"] = service,
            ["partner"] = TestMerchants.ShopPartner,
            ["_input_charset"] = (charset ?? AlipayCharset.Utf8).Name,
            ["out_trade_no"] = NewOutTradeNo(),
            ["subject"] = "Sandbox test order",
            ["payment_type"] = service == AlipayServices.CreateDonateTradeP ? "4" : "1",
            ["seller_email"] = TestMerchants.ShopSellerEmail,
            ["return_url"] = ReturnUrl,
        };
        if (notifyUrl is not null)
        {
            parameters["notify_url"] = notifyUrl;
        }

        switch (service)
        {
            case AlipayServices.CreatePartnerTradeByBuyer:
            case AlipayServices.TradeCreateByBuyer:
                parameters["price"] = "99.90";
                parameters["quantity"] = "1";
                parameters["logistics_type"] = "EXPRESS";
                parameters["logistics_fee"] = "10.00";
                parameters["logistics_payment"] = "BUYER_PAY";
                parameters["receive_name"] = "Zhang San";
                parameters["receive_address"] = "1 Test Road, Hangzhou";
                break;
            case AlipayServices.CreateDonateTradeP:
                parameters["total_fee"] = "50.00";
                break;
            default:
                parameters["total_fee"] = "99.90";
                break;
        }

        return parameters;
    }

    /// <summary>The parameters with <c>sign</c> and <c>sign_type</c>, signed by the library in the request's charset (GBK when it names none).</summary>
    public static OrderedDictionary<string, string> Signed(
        IReadOnlyDictionary<string, string> parameters, string key = TestMerchants.ShopKey, AlipayCharset? signedAs = null)
    {
        var charset = signedAs
            ?? (AlipayCharset.TryFromName(parameters.GetValueOrDefault("_input_charset"), out var named) ? named : AlipayCharset.GatewayDefault);
        return TradeParameters.Sign(parameters, key, charset);
    }

    /// <summary>A copy with one parameter set (or removed, for null).</summary>
    public static OrderedDictionary<string, string> With(this IReadOnlyDictionary<string, string> parameters, string name, string? value)
    {
        var copy = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, existing) in parameters)
        {
            copy[key] = existing;
        }

        if (value is null)
        {
            copy.Remove(name);
        }
        else
        {
            copy[name] = value;
        }

        return copy;
    }
}
