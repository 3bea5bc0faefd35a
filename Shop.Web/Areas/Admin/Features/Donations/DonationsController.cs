using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Shop.Web.Features.Shared;

namespace Shop.Web.Areas.Admin.Features.Donations;

public class DonationsController(DonationAdminService donations, IStringLocalizer<SharedResource> localizer) : AdminController
{
    [HttpGet("/admin/donations")]
    public async Task<IActionResult> Index(string? page) =>
        View(await donations.ListAsync(int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1));

    [HttpPost("/admin/donations/{orderNo}/hide-message")]
    public Task<IActionResult> HideMessage(string orderNo, string? page) => SetMessageHiddenAsync(orderNo, true, page);

    [HttpPost("/admin/donations/{orderNo}/show-message")]
    public Task<IActionResult> ShowMessage(string orderNo, string? page) => SetMessageHiddenAsync(orderNo, false, page);

    private async Task<IActionResult> SetMessageHiddenAsync(string orderNo, bool hidden, string? page)
    {
        if (!await donations.SetMessageHiddenAsync(orderNo, hidden))
        {
            return NotFound();
        }
        TempData.Flash(FlashKind.Message, (hidden
            ? localizer["The message is hidden from the donation page."]
            : localizer["The message shows on the donation page again."]).Value);
        // Back to the page of the list the button was on. The page goes in the query by hand:
        // "page" is a route value of Razor Pages', which MVC's link generation will not put there.
        var list = Url.Action(nameof(Index))!;
        return Redirect(int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 1
            ? $"{list}?page={number}"
            : list);
    }
}
