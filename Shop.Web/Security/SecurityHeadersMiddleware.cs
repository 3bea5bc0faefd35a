using Microsoft.Extensions.Options;
using Shop.Web.Features.Payments;

namespace Shop.Web.Security;

/// <summary>
/// Puts the security headers on every response, pages, files, redirects and error pages alike:
/// they are added as the response starts, so a page re-executed for an error or an exception
/// gets them too. A page may choose its own Referrer-Policy (the pay page does).
/// </summary>
public class SecurityHeadersMiddleware(RequestDelegate next, IOptions<AlipayOptions> alipay)
{
    public const string ReferrerPolicyHeader = "Referrer-Policy";
    public const string ReferrerPolicy = "same-origin";

    // Everything a shop page never needs. Only features Chromium knows, or it warns in the console.
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    private readonly string _contentSecurityPolicy = ContentSecurityPolicy.For(alipay.Value);

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = _contentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Permissions-Policy"] = PermissionsPolicy;
            if (!headers.ContainsKey(ReferrerPolicyHeader))
            {
                headers[ReferrerPolicyHeader] = ReferrerPolicy;
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
