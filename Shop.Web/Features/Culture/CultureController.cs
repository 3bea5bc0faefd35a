using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Configuration;
using Shop.Web.Features.Home;

namespace Shop.Web.Features.Culture;

public class CultureController : Controller
{
    [HttpPost("/culture")]
    [ValidateAntiForgeryToken]
    public IActionResult Set(string culture, string? returnUrl)
    {
        if (LocalizationConfiguration.Cultures.Contains(culture))
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
