using System.Net;
using System.Text.RegularExpressions;

namespace Shop.Tests.Sandbox;

/// <summary>A page the sandbox gateway answered with, read through its stable data-* hooks.</summary>
public sealed partial class GatewayPage(HttpResponseMessage response, string html)
{
    public HttpResponseMessage Response { get; } = response;

    public string Html { get; } = html;

    public bool IsCashier => Html.Contains("data-page=\"cashier\"");

    /// <summary>The seller's password page of a refund (refund_fastpay_by_platform_pwd).</summary>
    public bool IsRefundConfirmation => Html.Contains("data-page=\"refund-confirm\"");

    public string? ErrorCode => Attribute("data-error-code");

    public string? ErrorParameter => Attribute("data-error-parameter");

    /// <summary>The human explanation on the error page, as a person reads it.</summary>
    public string? Explanation => Element("data-error-explanation");

    public string TradeNo => Attribute("data-trade-no") ?? throw new InvalidOperationException("Not a cashier page:\n" + Html);

    public string? Total => Attribute("data-total");

    public string? GoodsTotal => Attribute("data-goods-total");

    public string? LogisticsFee => Attribute("data-logistics-fee");

    public string? LeaveUrl => Regex.Match(Html, "href=\"([^\"]*)\" data-leave").Groups[1].Value is { Length: > 0 } url ? WebUtility.HtmlDecode(url) : null;

    public IReadOnlyList<string> PayChoices => DataPay().Matches(Html).Select(m => m.Groups[1].Value).ToList();

    public static async Task<GatewayPage> ReadAsync(HttpResponseMessage response) =>
        new(response, await response.Content.ReadAsStringAsync());

    private string? Attribute(string name)
    {
        var match = Regex.Match(Html, $"{name}=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    private string? Element(string hook)
    {
        var match = Regex.Match(Html, $"<(\\w+)[^>]*{hook}[^>]*>(.*?)</\\1>", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[2].Value).Trim() : null;
    }

    [GeneratedRegex("data-pay=\"([a-z]+)\"")]
    private static partial Regex DataPay();
}
