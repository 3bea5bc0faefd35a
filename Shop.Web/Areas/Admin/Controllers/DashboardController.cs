using Microsoft.AspNetCore.Mvc;
using Shop.Web.Areas.Admin.Dashboard;

namespace Shop.Web.Areas.Admin.Controllers;

public class DashboardController(DashboardService dashboard) : AdminController
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index() => View(await dashboard.BuildAsync());
}
