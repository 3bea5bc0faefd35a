using System.Collections.ObjectModel;
using System.Xml;
using System.Xml.Linq;

namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// The XML answer of <c>send_goods_confirm_by_platform</c>, <c>single_trade_query</c> and
/// <c>close_trade</c> (docs/alipay-protocol.md §6). The shop reads it; the local gateway writes it.
/// </summary>
public sealed class AlipayXmlAnswer
{
    private static readonly IReadOnlyDictionary<string, string> NoParameters =
        new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    private AlipayXmlAnswer(
        AlipayXmlOutcome outcome,
        string? errorCode = null,
        string? malformedReason = null,
        IReadOnlyDictionary<string, string>? request = null,
        IReadOnlyDictionary<string, string>? responseFields = null,
        string? sign = null,
        string? signType = null)
    {
        Outcome = outcome;
        ErrorCode = errorCode;
        MalformedReason = malformedReason;
        Request = request ?? NoParameters;
        ResponseFields = responseFields ?? NoParameters;
        Trade = responseFields is null ? null : AlipayTrade.FromFields(responseFields);
        Sign = sign;
        SignType = signType;
    }

    public AlipayXmlOutcome Outcome { get; }

    public bool IsSuccess => Outcome == AlipayXmlOutcome.Success;

    /// <summary>The gateway's error code (<see cref="AlipayErrorCodes"/>) when the outcome is a failure.</summary>
    public string? ErrorCode { get; }

    /// <summary>Why the answer could not be read, when it is malformed.</summary>
    public string? MalformedReason { get; }

    /// <summary>The request parameters the gateway echoes back (<c>request/param</c>).</summary>
    public IReadOnlyDictionary<string, string> Request { get; }

    /// <summary>The fields of <c>response/tradeBase</c> or <c>response/trade</c> as written; the sign covers these.</summary>
    public IReadOnlyDictionary<string, string> ResponseFields { get; }

    /// <summary>The trade of a successful answer, read from <see cref="ResponseFields"/>; null without a response.</summary>
    public AlipayTrade? Trade { get; }

    public string? Sign { get; }

    public string? SignType { get; }

    /// <summary>
    /// A successful answer for the request. The response element is <c>trade</c> for the
    /// trade query and <c>tradeBase</c> otherwise (send goods, close); it is signed like a request, over its fields, with the
    /// partner's key in the request's charset.
    /// </summary>
    public static AlipayXmlAnswer Succeeded(
        IReadOnlyDictionary<string, string> request,
        AlipayTrade trade,
        string key,
        AlipayCharset charset)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(trade);

        var fields = trade.ToFields();
        var sign = AlipaySignature.Sign(fields, key, charset);
        return new AlipayXmlAnswer(
            AlipayXmlOutcome.Success,
            request: Ordered(request),
            responseFields: Ordered(fields),
            sign: sign,
            signType: AlipaySignature.SignTypeMd5);
    }

    public static AlipayXmlAnswer Failed(string errorCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(errorCode);
        return new AlipayXmlAnswer(AlipayXmlOutcome.Failure, errorCode: errorCode);
    }

    /// <summary>
    /// Reads an answer from the bytes the gateway sent; the XML declaration names their
    /// encoding. Never throws for bad input: anything that is not the envelope is
    /// <see cref="AlipayXmlOutcome.Malformed"/> with a reason.
    /// </summary>
    public static AlipayXmlAnswer Parse(byte[] xml)
    {
        ArgumentNullException.ThrowIfNull(xml);

        // The declaration may say gbk, which the XML reader only finds once code pages are registered.
        AlipayCharset.EnsureCodePagesRegistered();

        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new MemoryStream(xml), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return Malformed($"The answer is not well-formed XML: {e.Message}");
        }

        var root = document.Root;
        if (root?.Name != "alipay")
        {
            return Malformed($"The root element is <{root?.Name}>, not <alipay>.");
        }

        switch (root.Element("is_success")?.Value)
        {
            case "F":
                var error = root.Element("error")?.Value;
                return string.IsNullOrWhiteSpace(error)
                    ? Malformed("is_success is F but there is no error code.")
                    : Failed(error);
            case "T":
                break;
            default:
                return Malformed("is_success is neither T nor F.");
        }

        var request = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var param in root.Element("request")?.Elements("param") ?? [])
        {
            var name = (string?)param.Attribute("name");
            if (!string.IsNullOrEmpty(name))
            {
                request[name] = param.Value;
            }
        }

        OrderedDictionary<string, string>? fields = null;
        if (root.Element("response")?.Elements().FirstOrDefault() is { } trade)
        {
            fields = new OrderedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var field in trade.Elements())
            {
                fields[field.Name.LocalName] = field.Value;
            }
        }

        return new AlipayXmlAnswer(
            AlipayXmlOutcome.Success,
            request: new ReadOnlyDictionary<string, string>(request),
            responseFields: fields is null ? null : new ReadOnlyDictionary<string, string>(fields),
            sign: root.Element("sign")?.Value,
            signType: root.Element("sign_type")?.Value);
    }

    /// <summary>The answer as the gateway sends it, encoded in (and declaring) the request's charset.</summary>
    public byte[] ToXml(AlipayCharset charset)
    {
        ArgumentNullException.ThrowIfNull(charset);
        if (Outcome == AlipayXmlOutcome.Malformed)
        {
            throw new InvalidOperationException("A malformed answer cannot be written.");
        }

        var root = new XElement("alipay", new XElement("is_success", IsSuccess ? "T" : "F"));
        if (IsSuccess)
        {
            root.Add(new XElement("request", Request.Select(p => new XElement("param", new XAttribute("name", p.Key), p.Value))));
            var element = Request.GetValueOrDefault("service") == AlipayServices.SingleTradeQuery ? "trade" : "tradeBase";
            root.Add(new XElement("response", new XElement(element, ResponseFields.Select(f => new XElement(f.Key, f.Value)))));
            root.Add(new XElement("sign", Sign));
            root.Add(new XElement("sign_type", SignType));
        }
        else
        {
            root.Add(new XElement("error", ErrorCode));
        }

        var declaration = $"<?xml version=\"1.0\" encoding=\"{charset.Name}\"?>";
        return charset.Encoding.GetBytes(declaration + root.ToString(SaveOptions.DisableFormatting));
    }

    private static AlipayXmlAnswer Malformed(string reason) =>
        new(AlipayXmlOutcome.Malformed, malformedReason: reason);

    private static ReadOnlyDictionary<string, string> Ordered(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var ordered = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in pairs)
        {
            ordered[name] = value;
        }

        return new ReadOnlyDictionary<string, string>(ordered);
    }
}
