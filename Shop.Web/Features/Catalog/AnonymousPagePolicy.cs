using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Shop.Web.Features.Catalog;

/// <summary>
/// The output cache of the catalog's pages (home, catalog and category pages, product pages) for
/// visitors the shop knows nothing about: not signed in, no cart, no message waiting, nothing but a
/// language and an anti-forgery cookie. A page is kept per path, query, language and catalog
/// <see cref="CatalogCache.Generation"/>, only when it is a 200 with no cookie of its own. Its forms'
/// anti-forgery tokens are not kept with it: <see cref="CachedPageTokens"/> writes each visitor's own
/// into the page as it leaves. Everyone else gets the page rendered for them, from cached data.
/// </summary>
public sealed class AnonymousPagePolicy : IOutputCachePolicy
{
    public const string Name = "AnonymousCatalogPage";

    private const string AntiforgeryCookiePrefix = ".AspNetCore.Antiforgery.";

    /// <summary>Whether the request asks for one of the catalog's pages, whoever asks.</summary>
    public static bool IsCatalogPage(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is { PolicyName: Name };

    /// <summary>Whether the request is one this policy serves from the cache (or renders for it).</summary>
    public static bool IsCacheable(HttpContext context)
    {
        if (!IsCatalogPage(context) || context.User.Identity?.IsAuthenticated == true)
        {
            return false;
        }
        foreach (var cookie in context.Request.Cookies.Keys)
        {
            if (cookie != CookieRequestCultureProvider.DefaultCookieName && !cookie.StartsWith(AntiforgeryCookiePrefix, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var cacheable = IsCacheable(context.HttpContext);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
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
