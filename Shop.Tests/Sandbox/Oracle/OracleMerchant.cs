using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using System.Xml.Linq;

namespace Shop.Tests.Sandbox.Oracle;

/// <summary>
/// A merchant written from the protocol's description alone: it signs (MD5 over the sorted
/// name=value pairs and the key, in the request's charset), encodes and sends a
/// <see cref="GatewayCase"/> to gateway.do, and reads the answer. It uses none of the shop's
/// protocol code, so a misreading there cannot hide here.
/// </summary>
public sealed class OracleMerchant(HttpClient client)
{
    public const string Gateway = "/sandbox/alipay/gateway.do";

    static OracleMerchant() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public HttpClient Client { get; } = client;

    /// <summary>The parameters as sent, trade placeholders filled in, with <c>sign_type</c> and <c>sign</c> as the case says.</summary>
    public static List<KeyValuePair<string, string>> Signed(GatewayCase request, IReadOnlyList<KeyValuePair<string, string>> parameters, Trade trade)
    {
        var sent = parameters
            .Select(p => KeyValuePair.Create(p.Key, p.Value.Replace("{trade_no}", trade.TradeNo).Replace("{out_trade_no}", trade.OutTradeNo)))
            .ToList();
        var signature = request.Signature;
        if (signature.SignType is { } signType)
        {
            sent.Add(KeyValuePair.Create("sign_type", signType));
        }

        if (signature.Omitted)
        {
            return sent;
        }

        var signedText = string.Join("&", sent
            .Where(p => p.Key != "sign" && (p.Key != "sign_type" || signature.IncludesSignType) && p.Key != signature.LeavesOut)
            .Where(p => p.Value.Length > 0 || signature.KeepsEmpty)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + (signature.OverEncodedValues ? Uri.EscapeDataString(p.Value) : p.Value)));
        var encoding = EncodingOf(signature.Charset ?? CharsetOf(sent));
        var hash = Convert.ToHexString(MD5.HashData(encoding.GetBytes(signedText + (signature.Key ?? request.Key))));
        sent.Add(KeyValuePair.Create("sign", signature.UpperCase ? hash : hash.ToLowerInvariant()));
        return sent;
    }

    /// <summary>Sends the case as a page form posts it (to <c>gateway.do?_input_charset=...</c>), or as a GET, and reads the answer.</summary>
    public async Task<GatewayAnswer> SendAsync(GatewayCase request, Trade trade, IReadOnlyList<KeyValuePair<string, string>>? parameters = null)
    {
        var sent = Signed(request, parameters ?? request.Parameters, trade);
        var charset = CharsetOf(sent);
        var form = Encode(sent, EncodingOf(charset));
        HttpResponseMessage response;
        if (request.AsGet)
        {
            response = await Client.GetAsync(Gateway + "?" + form);
        }
        else
        {
            var named = sent.FirstOrDefault(p => p.Key == "_input_charset").Value;
            using var content = new ByteArrayContent(Encoding.ASCII.GetBytes(form));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
            response = await Client.PostAsync(named is null ? Gateway : Gateway + "?_input_charset=" + HttpUtility.UrlEncode(named), content);
        }

        using (response)
        {
            return await GatewayAnswer.ReadAsync(response);
        }
    }

    // The request's charset: the one it names, or GBK when it names none.
    private static string CharsetOf(IEnumerable<KeyValuePair<string, string>> parameters) =>
        parameters.FirstOrDefault(p => p.Key == "_input_charset").Value ?? "gbk";

    // A charset the gateway does not take still has to be written somehow: as UTF-8.
    private static Encoding EncodingOf(string charset) => charset switch
    {
        "gbk" or "gb2312" => Encoding.GetEncoding(charset),
        _ => Encoding.UTF8,
    };

    private static string Encode(IEnumerable<KeyValuePair<string, string>> parameters, Encoding encoding) =>
        string.Join("&", parameters.Select(p => HttpUtility.UrlEncode(p.Key, encoding) + "=" + HttpUtility.UrlEncode(p.Value, encoding)));
}

/// <summary>A trade the gateway already has, for the {trade_no} and {out_trade_no} of a case.</summary>
public sealed record Trade(string TradeNo, string OutTradeNo)
{
    /// <summary>For requests that name no trade, and for the request rules, which never look trades up.</summary>
    public static readonly Trade Imagined = new("2026112921001004123456789012", "ORACLE-ORDER-1");
}

/// <summary>
/// What gateway.do answered a signed service: a page (the cashier, or the error page with its
/// code) or an XML answer (<c>is_success</c> T, or F with its error).
/// </summary>
public sealed record GatewayAnswer(string? ErrorCode, string? TradeNo, string Body)
{
    /// <summary>The page, when the answer is one.</summary>
    public GatewayPage? Page { get; init; }

    public bool IsAccepted => ErrorCode is null;

    public override string ToString() => ErrorCode ?? "accepted";

    public static async Task<GatewayAnswer> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return response.Content.Headers.ContentType?.MediaType switch
        {
            "text/xml" => FromXml(XDocument.Load(new MemoryStream(bytes)).Root!),
            "text/html" => FromPage(new GatewayPage(response, Encoding.UTF8.GetString(bytes))),
            var other => new GatewayAnswer($"(an answer of type {other})", null, Encoding.UTF8.GetString(bytes)),
        };
    }

    private static GatewayAnswer FromXml(XElement alipay)
    {
        var tradeNo = alipay.Element("response")?.Descendants("trade_no").FirstOrDefault()?.Value;
        return alipay.Element("is_success")?.Value == "T"
            ? new GatewayAnswer(null, tradeNo, alipay.ToString())
            : new GatewayAnswer(alipay.Element("error")?.Value ?? "(no error)", null, alipay.ToString());
    }

    private static GatewayAnswer FromPage(GatewayPage page) => page.IsCashier || page.IsRefundConfirmation
        ? new GatewayAnswer(null, page.TradeNo, page.Html) { Page = page }
        : new GatewayAnswer(page.ErrorCode ?? "(a page that is neither the cashier nor an error)", null, page.Html) { Page = page };
}
