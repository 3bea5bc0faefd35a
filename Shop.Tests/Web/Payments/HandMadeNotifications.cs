using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shop.Domain.Payments.Alipay;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Payments;

/// <summary>
/// Notifications written by the test and signed with the shop's own key, for a gateway that says
/// <c>true</c> to any notify_id (or none at all); and a plain way to post anything to notify_url.
/// </summary>
public static class HandMadeNotifications
{
    public static AlipayOptions Alipay(this ShopWebApplicationFactory factory) =>
        factory.Services.GetRequiredService<IOptions<AlipayOptions>>().Value;

    /// <summary>A TRADE_SUCCESS notification of the order for <paramref name="total"/>, signed in UTF-8.</summary>
    public static Dictionary<string, string> Paid(
        this ShopWebApplicationFactory factory, string orderNumber, decimal total, Action<Dictionary<string, string>>? change = null)
    {
        var alipay = factory.Alipay();
        var parameters = new Dictionary<string, string>
        {
            ["notify_id"] = "hand-made-" + Guid.NewGuid().ToString("N"),
            ["notify_type"] = "trade_status_sync",
            ["notify_time"] = "2026-11-25 20:00:00",
            ["out_trade_no"] = orderNumber,
            ["trade_no"] = "20261125210010040" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "123",
            ["trade_status"] = "TRADE_SUCCESS",
            ["total_fee"] = AlipayAmount.Format(total),
            ["seller_id"] = alipay.Partner,
        };
        change?.Invoke(parameters);
        parameters["sign"] = AlipaySignature.Sign(parameters, alipay.Key, AlipayCharset.Utf8);
        parameters["sign_type"] = "MD5";
        return parameters;
    }

    /// <summary>POSTs the form to notify_url as Alipay does (UTF-8); returns the status and the answer's body.</summary>
    public static Task<(int Status, string Body)> NotifyAsync(this ShopWebApplicationFactory factory, IReadOnlyDictionary<string, string> parameters) =>
        factory.PostNotifyAsync(Encoding.ASCII.GetBytes(AlipayFormEncoding.EncodeForm(parameters, AlipayCharset.Utf8)));

    /// <summary>POSTs raw bytes to notify_url, declared as a UTF-8 form.</summary>
    public static async Task<(int Status, string Body)> PostNotifyAsync(
        this ShopWebApplicationFactory factory, byte[] body, CancellationToken cancellationToken = default)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-8" };
        using var response = await factory.CreateClient().PostAsync(AlipayOptions.NotifyPath, content, cancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }
}
