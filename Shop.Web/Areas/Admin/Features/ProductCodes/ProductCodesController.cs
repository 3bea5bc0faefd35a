using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Shop.Web.Areas.Admin.Features.Shared;
using Shop.Web.Features.Shared;

namespace Shop.Web.Areas.Admin.Features.ProductCodes;

/// <summary>The code pool of a code-delivered product: its codes, sold and unsold, uploading more, removing unsold ones.</summary>
public class ProductCodesController(ProductCodePool pool, IStringLocalizer<SharedResource> localizer) : AdminController
{
    [HttpGet("/admin/products/{id:int}/codes")]
    public async Task<IActionResult> Index(int id, string? page) =>
        await pool.PageAsync(id, int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1) is { } codes
            ? View(codes)
            : NotFound();

    [HttpPost("/admin/products/{id:int}/codes")]
    public async Task<IActionResult> Add(int id, string? codes, IFormFile? codesFile)
    {
        var upload = await pool.AddAsync(id, codes, codesFile);
        if (upload is null)
        {
            return NotFound();
        }
        if (upload.Error is { } error)
        {
            ModelState.AddFieldErrors([error], localizer);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", await pool.PageAsync(id, 1, codes));
        }
        TempData.Flash(FlashKind.Message, upload.Duplicates == 0
            ? localizer["Added {0} codes.", upload.Added].Value
            : localizer["Added {0}, {1} duplicates skipped.", upload.Added, upload.Duplicates].Value);
        return RedirectToAction(nameof(Index), new { id });
    }

    [HttpPost("/admin/products/{id:int}/codes/{codeId:int}/remove")]
    public async Task<IActionResult> Remove(int id, int codeId)
    {
        var (outcome, orderNumber) = await pool.RemoveAsync(id, codeId);
        switch (outcome)
        {
            case CodeRemoval.NotFound:
                return NotFound();
            case CodeRemoval.Removed:
                TempData.Flash(FlashKind.Message, localizer["The code was removed."]);
                break;
            case CodeRemoval.Sold:
                TempData.Flash(FlashKind.Warning, localizer["This code was sold with order {0}; it stays as the record of what the buyer got.", orderNumber ?? ""]);
                break;
            case CodeRemoval.Held:
                TempData.Flash(FlashKind.Warning, localizer["Every unsold code is held for orders waiting for payment. Try again once they are paid or closed."]);
                break;
            default:
                TempData.Flash(FlashKind.Warning, localizer["Another change came first. Please try again."]);
                break;
        }
        return RedirectToAction(nameof(Index), new { id });
    }
}
