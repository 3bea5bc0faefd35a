using Microsoft.AspNetCore.Mvc;
using Shop.Web.Features.Catalog;
using Shop.Web.Features.Shared;

namespace Shop.Web.Features.Home;

public class HomeController(ProductSearch search) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index() =>
        View(new HomeViewModel(await search.CategoriesAsync(UiLanguage.Current), await search.FeaturedAsync(8)));
}
