using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Areas.Admin.Features.Dashboard;

public class DashboardController(DashboardService dashboard) : AdminController
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index() => View(await dashboard.BuildAsync());
}
