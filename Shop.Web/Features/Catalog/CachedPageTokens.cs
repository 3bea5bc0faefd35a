using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Shop.Web.Features.Catalog;

/// <summary>
/// Anti-forgery tokens on the catalog's pages, whose whole pages (anonymous visitors,
/// <see cref="AnonymousPagePolicy"/>) or bodies (everyone, the views' <c>&lt;cache&gt;</c>) are kept
/// and served again: while such a page is rendered its forms get a placeholder instead of a token
/// (<see cref="Antiforgery"/>), so nothing kept holds a visitor's token or sets a cookie; as the page
/// leaves for a visitor, kept or just rendered, the placeholder is replaced by that visitor's own
/// token, and their anti-forgery cookie is set as on any other page.
/// </summary>
public sealed class CachedPageTokens(RequestDelegate next)
{
    /// <summary>Stands for the request token in a page being rendered; ASCII, so found as is in UTF-8.</summary>
    public const string Placeholder = "__visitor-antiforgery-token__";

    private static readonly object RenderingCatalogPage = new();
    private static readonly byte[] PlaceholderBytes = Encoding.ASCII.GetBytes(Placeholder);

    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!AnonymousPagePolicy.IsCatalogPage(context))
        {
            await next(context);
            return;
        }
        var body = context.Response.Body;
        using var page = new MemoryStream();
        context.Response.Body = page;
        context.Items[RenderingCatalogPage] = true;
        try
        {
            await next(context);
        }
        finally
        {
            context.Items.Remove(RenderingCatalogPage);
            context.Response.Body = body;
        }

        var bytes = page.GetBuffer().AsMemory(0, (int)page.Length);
        if (bytes.IsEmpty)
        {
            // Nothing written, nothing started: a 404 still gets the status code pages' body.
            return;
        }
        if (bytes.Span.IndexOf(PlaceholderBytes) < 0)
        {
            await body.WriteAsync(bytes, context.RequestAborted);
            return;
        }
        var token = Encoding.ASCII.GetBytes(antiforgery.GetAndStoreTokens(context).RequestToken!);
        using var withToken = new MemoryStream(bytes.Length + 4 * token.Length);
        var rest = bytes.Span;
        for (var at = rest.IndexOf(PlaceholderBytes); at >= 0; at = rest.IndexOf(PlaceholderBytes))
        {
            withToken.Write(rest[..at]);
            withToken.Write(token);
            rest = rest[(at + PlaceholderBytes.Length)..];
        }
        withToken.Write(rest);
        context.Response.ContentLength = withToken.Length;
        await body.WriteAsync(withToken.GetBuffer().AsMemory(0, (int)withToken.Length), context.RequestAborted);
    }

    /// <summary>The shop's <see cref="IAntiforgery"/>: a placeholder for forms of the catalog's pages, ASP.NET Core's own otherwise.</summary>
    public sealed class Antiforgery(IAntiforgery inner, IOptions<AntiforgeryOptions> options) : IAntiforgery
    {
        public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
            httpContext.Items.ContainsKey(RenderingCatalogPage) ? Placeholders() : inner.GetAndStoreTokens(httpContext);

        public AntiforgeryTokenSet GetTokens(HttpContext httpContext) =>
            httpContext.Items.ContainsKey(RenderingCatalogPage) ? Placeholders() : inner.GetTokens(httpContext);

        public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

        public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

        public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

        private AntiforgeryTokenSet Placeholders() =>
            new(Placeholder, null, options.Value.FormFieldName, options.Value.HeaderName);
    }
}
