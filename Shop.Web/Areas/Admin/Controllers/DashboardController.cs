using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Areas.Admin.Dashboard;
using Shop.Web.Data.Seed;

namespace Shop.Web.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Roles = AdminAccounts.Role)]
public class DashboardController(DashboardService dashboard) : Controller
{
    [HttpGet("/admin")]
    public async Task<IActionResult> Index() => View(await dashboard.BuildAsync());
}
