namespace Shop.Tests.Web.Security;

/// <summary>
/// A browser reaching the shop through a TLS-terminating proxy at <paramref name="proxyAddress"/>:
/// every request comes from the proxy's address with <c>X-Forwarded-Proto: https</c> and the
/// client's address in <c>X-Forwarded-For</c>. It keeps cookies itself (a CookieContainer would
/// not send Secure cookies over the test server's http) and records every Set-Cookie it is sent.
/// </summary>
public sealed class ProxiedBrowser(string proxyAddress, string clientAddress) : DelegatingHandler
{
    private readonly Dictionary<string, string> _cookies = [];

    public List<string> SetCookies { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Add(ClientAddressStartupFilter.Header, proxyAddress);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", clientAddress);
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                SetCookies.Add(setCookie);
                var pair = setCookie.Split(';')[0];
                var name = pair[..pair.IndexOf('=')];
                var value = pair[(name.Length + 1)..];
                if (value.Length == 0)
                {
                    _cookies.Remove(name);
                }
                else
                {
                    _cookies[name] = value;
                }
            }
        }
        return response;
    }

    /// <summary>The names of the cookies set so far, each with whether every one of its Set-Cookie lines was Secure.</summary>
    public Dictionary<string, bool> CookiesSecure() =>
        SetCookies.GroupBy(c => c[..c.IndexOf('=')])
            .ToDictionary(g => g.Key, g => g.All(c => c.Split(';').Skip(1).Any(a => a.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase))));
}
