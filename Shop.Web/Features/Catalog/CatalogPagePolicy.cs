using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using Shop.Web.Features.Cart;

namespace Shop.Web.Features.Catalog;

/// <summary>
/// The output cache of the catalog's pages (home, catalog and category pages, product pages), for
/// every visitor: the page is the same for everyone but for the visitor's own parts (their name,
/// their cart count, their forms' anti-forgery token), which are placeholders while it is rendered
/// and written in by <see cref="CachedPageVisitorParts"/> as it leaves, kept or just rendered. A page
/// is kept per path, query, language, catalog <see cref="CatalogCache.Generation"/> and kind of
/// visitor (a guest, a signed-in buyer, an admin: the header's links differ), only when it is a 200
/// with no cookie of its own. A visitor with a message waiting (TempData) or a cookie the shop does
/// not know gets the page rendered for them, from cached data.
/// </summary>
public sealed class CatalogPagePolicy : IOutputCachePolicy
{
    public const string Name = "CatalogPage";

    private const string AntiforgeryCookiePrefix = ".AspNetCore.Antiforgery.";

    /// <summary>The sign-in cookies (the application's, chunked or not, and Identity's others), which change nothing on a catalog page but the header.</summary>
    private const string IdentityCookiePrefix = ".AspNetCore.Identity.";

    /// <summary>Whether the request asks for one of the catalog's pages, whoever asks.</summary>
    public static bool IsCatalogPage(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is { PolicyName: Name };

    /// <summary>Whether the request is one this policy serves from the cache (or renders for it).</summary>
    public static bool IsCacheable(HttpContext context)
    {
        if (!IsCatalogPage(context))
        {
            return false;
        }
        foreach (var cookie in context.Request.Cookies.Keys)
        {
            if (cookie != CookieRequestCultureProvider.DefaultCookieName
                && cookie != ShoppingCart.CookieName
                && !cookie.StartsWith(AntiforgeryCookiePrefix, StringComparison.Ordinal)
                && !cookie.StartsWith(IdentityCookiePrefix, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>What the header shows differs between these, and nothing else of a visitor but their parts.</summary>
    private static string VisitorKind(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true ? "guest"
        : context.User.IsInRole(Roles.Admin) ? "admin"
        : "buyer";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var cacheable = IsCacheable(context.HttpContext);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        context.CacheVaryByRules.VaryByValues["visitor"] = VisitorKind(context.HttpContext);
        var catalog = context.HttpContext.RequestServices.GetRequiredService<CatalogCache>();
        context.CacheVaryByRules.VaryByValues["catalog"] = catalog.Generation.ToString(CultureInfo.InvariantCulture);
        context.Tags.Add(CatalogCache.OutputCacheTag);
        context.ResponseExpirationTimeSpan = CatalogCache.Lifetime;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        // TempData deletes its cookie after every page that shows messages, sent or not; for a
        // visitor who has no such cookie the deletion says nothing, and it is left out.
        var cookies = response.Headers.SetCookie.Where(cookie => !DeletesCookieNotSent(cookie, context.HttpContext.Request)).ToArray();
        response.Headers.SetCookie = cookies;
        // A cookie set while rendering belongs to this visitor alone; anything but a page is not kept.
        if (response.StatusCode != StatusCodes.Status200OK || cookies.Length > 0)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    private static bool DeletesCookieNotSent(string? setCookie, HttpRequest request) =>
        SetCookieHeaderValue.TryParse(setCookie, out var cookie)
        && cookie.Value.Length == 0
        && cookie.Expires < DateTimeOffset.UtcNow
        && !request.Cookies.ContainsKey(cookie.Name.ToString());
}
