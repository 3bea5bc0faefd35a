using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Controllers;

public class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();
}
