using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Areas.Admin.Features.RejectedNotifications;

/// <summary>
/// Requests to notify_url and return_url that were not believed (too large, malformed, not
/// signed with the shop's key): evidence, listed apart from the orders' notifications.
/// </summary>
public class RejectedNotificationsController(RejectedNotificationSearch search) : AdminController
{
    [HttpGet("/admin/rejected-notifications")]
    public async Task<IActionResult> Index(string? order, string? page) =>
        View(await search.ListAsync(order, int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1));
}
