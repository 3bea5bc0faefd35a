using System.Text;
using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>
/// A call to gateway.do as the merchant sent it: the query string and the form body decoded
/// once, from their raw bytes, in the request's <c>_input_charset</c> (absent means GBK).
/// ASP.NET's own query and form readers know only UTF-8, so they are not used here.
/// </summary>
public sealed class GatewayRequest
{
    private GatewayRequest(IReadOnlyDictionary<string, string> parameters, AlipayCharset charset, AlipayRuleViolation? malformed)
    {
        Parameters = parameters;
        Charset = charset;
        Malformed = malformed;
    }

    /// <summary>The form's parameters, then those of the query string the form does not repeat.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    /// <summary>The charset the parameters were decoded in; GBK when the named one is not accepted.</summary>
    public AlipayCharset Charset { get; }

    public string? Service => Parameters.GetValueOrDefault("service");

    /// <summary>
    /// Why the query or the form could not be read (too many parameters, a name given twice);
    /// then <see cref="Parameters"/> holds only what the other part gave. How Alipay answers such
    /// a request is not on record: the sandbox's choice is ILLEGAL_ARGUMENT.
    /// </summary>
    public AlipayRuleViolation? Malformed { get; }

    public static async Task<GatewayRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var query = Encoding.UTF8.GetBytes(request.QueryString.Value ?? "");
        var body = Array.Empty<byte>();
        if (HttpMethods.IsPost(request.Method))
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellationToken);
            body = buffer.ToArray();
        }

        // A page form names the charset in its action (the query), a server call may name it in
        // the body only. A charset that is not accepted is reported by the envelope rules later.
        if (!AlipayFormEncoding.TryDetectCharset(body, AlipayCharset.GatewayDefault, out var fromBody)
            || !AlipayFormEncoding.TryDetectCharset(query, fromBody, out var charset))
        {
            charset = AlipayCharset.GatewayDefault;
        }

        var form = AlipayFormEncoding.Read(body, charset, cancellationToken);
        var fromQuery = AlipayFormEncoding.Read(query, charset, cancellationToken);
        var parameters = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in form.Parameters)
        {
            parameters[name] = value;
        }

        foreach (var (name, value) in fromQuery.Parameters)
        {
            parameters.TryAdd(name, value);
        }

        var refused = form.IsRefused ? form : fromQuery.IsRefused ? fromQuery : null;
        var malformed = refused?.Problem switch
        {
            AlipayFormProblem.RepeatedName => new AlipayRuleViolation(AlipayErrorCodes.IllegalArgument, refused.RepeatedName!, "is given more than once"),
            AlipayFormProblem.TooManyParameters => new AlipayRuleViolation(
                AlipayErrorCodes.IllegalArgument, "parameters", $"must be at most {AlipayFormEncoding.MaxParameters} (there are {refused.ParameterCount})"),
            _ => null,
        };
        return new GatewayRequest(parameters, charset, malformed);
    }
}
