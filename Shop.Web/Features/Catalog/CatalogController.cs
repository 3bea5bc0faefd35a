using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Features.Catalog;

public class CatalogController(ProductSearch search) : Controller
{
    [HttpGet("/catalog")]
    public async Task<IActionResult> Index(string? category, string? q, string? sort, string? page) =>
        View(await search.SearchAsync(ProductSearchCriteria.FromQuery(category, q, sort, page)));

    [HttpGet("/catalog/{slug}")]
    public async Task<IActionResult> Product(string slug)
    {
        var product = await search.FindBySlugAsync(slug);
        return product is null
            ? NotFound()
            : View(new ProductViewModel(product, await search.RelatedAsync(product, 4)));
    }
}
