using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using Shop.Web.Features.Cart;

namespace Shop.Web.Features.Catalog;

/// <summary>
/// The visitor's own parts of the catalog's pages, whose whole pages (<see cref="CatalogPagePolicy"/>)
/// and bodies (the views' <c>&lt;cache&gt;</c>) are kept and served again to everyone: while such a
/// page is rendered, the anti-forgery token of its forms (<see cref="Antiforgery"/>), the header's
/// cart count and the signed-in visitor's name are placeholders, so nothing kept holds anything of a
/// visitor or sets a cookie; as the page leaves for a visitor, kept or just rendered, each placeholder
/// is replaced by that visitor's own, and their anti-forgery cookie is set as on any other page.
/// </summary>
public sealed class CachedPageVisitorParts(RequestDelegate next)
{
    /// <summary>Stands for the request token in a page being rendered; ASCII, so found as is in UTF-8.</summary>
    public const string TokenPlaceholder = "__visitor-antiforgery-token__";

    /// <summary>Stands for the number of items in the visitor's cart.</summary>
    public const string CartCountPlaceholder = "__visitor-cart-count__";

    /// <summary>Stands for the signed-in visitor's name, HTML-encoded (the same in text and in attributes).</summary>
    public const string NamePlaceholder = "__visitor-name__";

    // Every placeholder starts so: a page is searched once, for this.
    private static readonly byte[] PlaceholderStart = Encoding.ASCII.GetBytes("__visitor-");
    private static readonly byte[] Token = Encoding.ASCII.GetBytes(TokenPlaceholder);
    private static readonly byte[] CartCount = Encoding.ASCII.GetBytes(CartCountPlaceholder);
    private static readonly byte[] Name = Encoding.ASCII.GetBytes(NamePlaceholder);
    private static readonly object RenderingCatalogPage = new();

    /// <summary>Whether a catalog page is being rendered for the cache: the views then write placeholders for the visitor's parts.</summary>
    public static bool IsRendering(HttpContext context) => context.Items.ContainsKey(RenderingCatalogPage);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!CatalogPagePolicy.IsCatalogPage(context))
        {
            await next(context);
            return;
        }
        var body = context.Response.Body;
        using var rendered = new PooledPage();
        context.Response.Body = rendered;
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

        var page = rendered.Written;
        if (page.IsEmpty)
        {
            // Nothing written, nothing started: a 404 still gets the status code pages' body.
            return;
        }
        // The visitor's parts first, to know the length; then the page is written out once, with them.
        var parts = new VisitorParts(context);
        var found = new List<(int At, int Length, byte[] Part)>();
        long length = page.Length;
        for (var at = page.Span.IndexOf(PlaceholderStart); at >= 0; at = IndexOf(page.Span, PlaceholderStart, at + found[^1].Length))
        {
            var (placeholder, part) = await parts.ForAsync(page[at..]);
            found.Add((at, placeholder, part));
            length += part.Length - placeholder;
        }
        context.Response.ContentLength = length;
        var writer = context.Response.BodyWriter;
        var from = 0;
        foreach (var (at, placeholder, part) in found)
        {
            writer.Write(page.Span[from..at]);
            writer.Write(part);
            from = at + placeholder;
        }
        writer.Write(page.Span[from..]);
        await writer.FlushAsync(context.RequestAborted);
    }

    private static int IndexOf(ReadOnlySpan<byte> page, ReadOnlySpan<byte> value, int from) =>
        page[from..].IndexOf(value) is var at and >= 0 ? from + at : -1;

    /// <summary>One visitor's parts, each found once, when the page first asks for it.</summary>
    private sealed class VisitorParts(HttpContext context)
    {
        private byte[]? _token;
        private byte[]? _cartCount;
        private byte[]? _name;

        /// <summary>The length of the placeholder <paramref name="page"/> starts with, and what replaces it (the text itself when it is none).</summary>
        public async ValueTask<(int Placeholder, byte[] Part)> ForAsync(ReadOnlyMemory<byte> page)
        {
            var text = page.Span;
            if (text.StartsWith(Token))
            {
                _token ??= Encoding.ASCII.GetBytes(context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context).RequestToken!);
                return (Token.Length, _token);
            }
            if (text.StartsWith(CartCount))
            {
                _cartCount ??= ShoppingCart.CannotHaveOne(context)
                    ? "0"u8.ToArray()
                    : Encoding.ASCII.GetBytes((await context.RequestServices.GetRequiredService<ShoppingCart>().ItemCountAsync()).ToString(CultureInfo.InvariantCulture));
                return (CartCount.Length, _cartCount);
            }
            if (text.StartsWith(Name))
            {
                _name ??= Encoding.UTF8.GetBytes(HtmlEncoder.Default.Encode(context.User.Identity?.Name ?? ""));
                return (Name.Length, _name);
            }
            return (PlaceholderStart.Length, PlaceholderStart);
        }
    }

    /// <summary>The shop's <see cref="IAntiforgery"/>: a placeholder for forms of the catalog's pages, ASP.NET Core's own otherwise.</summary>
    public sealed class Antiforgery(IAntiforgery inner, IOptions<AntiforgeryOptions> options) : IAntiforgery
    {
        public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
            IsRendering(httpContext) ? Placeholders() : inner.GetAndStoreTokens(httpContext);

        public AntiforgeryTokenSet GetTokens(HttpContext httpContext) =>
            IsRendering(httpContext) ? Placeholders() : inner.GetTokens(httpContext);

        public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

        public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

        public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

        private AntiforgeryTokenSet Placeholders() =>
            new(TokenPlaceholder, null, options.Value.FormFieldName, options.Value.HeaderName);
    }
}
