using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Shop.Web.Features.Catalog;
using Shop.Web.Features.Shared;

namespace Shop.Web.Features.Home;

public class HomeController(ProductSearch search) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = CatalogPagePolicy.Name)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new HomeViewModel(await search.CategoriesAsync(UiLanguage.Current, cancellationToken), await search.FeaturedAsync(8, cancellationToken)));
}
