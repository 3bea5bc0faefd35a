using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Shop.Web.Features.Shared;

namespace Shop.Web.Features.Catalog;

public class CatalogController(ProductSearch search) : Controller
{
    /// <summary>How many products are offered while the buyer types.</summary>
    public const int SuggestionCount = 8;

    [HttpGet("/catalog")]
    [OutputCache(PolicyName = CatalogPagePolicy.Name)]
    public async Task<IActionResult> Index(string? category, string? q, string? sort, string? page, CancellationToken cancellationToken) =>
        View(await search.SearchAsync(ProductSearchCriteria.FromQuery(category, q, sort, page), UiLanguage.Current, cancellationToken));

    /// <summary>
    /// Products for the search box while the buyer types: names in the buyer's language with their
    /// pages, as JSON. Asked for at every pause in typing, so it is not rate-limited, and the browser
    /// may keep an answer for a minute (per language: the culture cookie is part of the request).
    /// </summary>
    [HttpGet("/catalog/suggest")]
    [DisableRateLimiting]
    [ResponseCache(Duration = 60, Location = ResponseCacheLocation.Client, VaryByHeader = "Cookie, Accept-Language")]
    public async Task<IActionResult> Suggest(string? q, CancellationToken cancellationToken)
    {
        var products = await search.SuggestAsync(q, SuggestionCount, cancellationToken);
        return Json(products.Select(p => new ProductSuggestion(
            p.Name.InUiLanguage(),
            Url.Action(nameof(Product), new { slug = p.Slug })!)));
    }

    [HttpGet("/catalog/{slug}")]
    [OutputCache(PolicyName = CatalogPagePolicy.Name)]
    public async Task<IActionResult> Product(string slug, CancellationToken cancellationToken) =>
        await search.ProductPageAsync(slug, related: 4, cancellationToken) is { } page ? View(page) : NotFound();
}
