using Shop.Web.Security;

namespace Shop.Web.Configuration;

/// <summary>The Content-Security-Policy and the other security headers on every response (README: Headers, cookies and proxies).</summary>
public static class SecurityHeadersConfiguration
{
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        return app;
    }
}
