using Shop.Web.Features.Payments;

namespace Shop.Web.Security;

/// <summary>
/// The shop's Content-Security-Policy: scripts, styles, fonts and the live panel's connection
/// from the shop itself only, no inline script (the pages' scripts are files under wwwroot/js),
/// forms posted to the shop and to the Alipay gateway only, and never framed.
/// </summary>
public static class ContentSecurityPolicy
{
    /// <summary>The policy for the shop's settings; built once, it is the same for every response.</summary>
    public static string For(AlipayOptions alipay)
    {
        var formTargets = new List<string> { "'self'" };
        AddOrigin(formTargets, alipay.PublicBaseUrl);
        var gateway = alipay.Gateway();
        AddOrigin(formTargets, gateway.GetLeftPart(UriPartial.Authority));
        // Chromium checks form-action on every redirect of a form's navigation, and Alipay's
        // gateway.do sends the buyer's post on to its cashier on another alipay.com host.
        if (gateway.Host == "alipay.com" || gateway.Host.EndsWith(".alipay.com", StringComparison.OrdinalIgnoreCase))
        {
            formTargets.Add("https://*.alipay.com");
        }

        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            // Inline styles stay allowed (style attributes in a few views, Blazor's reconnect
            // dialog): a style cannot run script.
            "style-src 'self' 'unsafe-inline'",
            // Bootstrap draws icons of form controls as data: SVG in its stylesheet.
            "img-src 'self' data:",
            "font-src 'self'",
            // The live order panel's circuit (_blazor): WebSockets or long polling to this host,
            // which 'self' covers for ws: and wss: too.
            "connect-src 'self'",
            "form-action " + string.Join(' ', formTargets),
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "object-src 'none'");
    }

    private static void AddOrigin(List<string> sources, string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var origin = uri.GetLeftPart(UriPartial.Authority);
            if (!sources.Contains(origin))
            {
                sources.Add(origin);
            }
        }
    }
}
