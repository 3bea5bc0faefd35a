using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Configuration;
using Shop.Web.Features.Home;

namespace Shop.Web.Features.Culture;

public class CultureController : Controller
{
    /// <summary>
    /// The language switch is a pair of links, as on nopCommerce-class shops, not a form: choosing a
    /// language only sets a preference (a page someone else links to can do no harm with it), and
    /// with no form in the header the catalog's pages carry no anti-forgery token, so that a new
    /// visitor's page costs no token and no cookie (README: Performance).
    /// </summary>
    [HttpGet("/culture")]
    public IActionResult Set(string? culture, string? returnUrl)
    {
        if (culture is not null && LocalizationConfiguration.Cultures.Contains(culture))
        {
            Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
        }
        return Url.IsLocalUrl(returnUrl)
            ? LocalRedirect(returnUrl)
            : RedirectToAction(nameof(HomeController.Index), "Home");
    }
}
