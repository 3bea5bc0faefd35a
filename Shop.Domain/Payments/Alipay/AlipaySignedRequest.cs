namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// A request ready for the gateway: every parameter in order, <c>sign</c> and
/// <c>sign_type</c> included. A page service renders each parameter as a hidden input of a
/// POST form whose action is <see cref="FormAction"/>; nothing else may be in that form, or
/// the signature breaks.
/// </summary>
public sealed class AlipaySignedRequest
{
    internal AlipaySignedRequest(IReadOnlyDictionary<string, string> parameters, AlipayCharset charset)
    {
        Parameters = parameters;
        Charset = charset;
    }

    /// <summary>The parameters in the order they were added, ending with sign and sign_type.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    public AlipayCharset Charset { get; }

    /// <summary>
    /// <c>{gateway}?_input_charset={charset}</c>: the charset is in the URL so the gateway reads
    /// the form in it; the parameters themselves never go in a form's action.
    /// </summary>
    public string FormAction(Uri gateway) => GatewayAddress(gateway) + "?_input_charset=" + Charset.Name;

    /// <summary>The whole request as a GET URL, values percent-encoded in the request's charset.</summary>
    public string GetUrl(Uri gateway) => GatewayAddress(gateway) + "?" + AlipayFormEncoding.EncodeForm(Parameters, Charset);

    /// <summary>The body of a server-to-server POST to <see cref="FormAction"/>.</summary>
    public string FormBody() => AlipayFormEncoding.EncodeForm(Parameters, Charset);

    private static string GatewayAddress(Uri gateway)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        if (!gateway.IsAbsoluteUri || gateway.Query.Length > 0 || gateway.Fragment.Length > 0)
        {
            throw new ArgumentException("The gateway must be an absolute URL without a query string, like https://mapi.alipay.com/gateway.do.", nameof(gateway));
        }

        return gateway.AbsoluteUri;
    }
}
