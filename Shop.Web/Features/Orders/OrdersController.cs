using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Web.Data;
using Shop.Web.Features.Donations;
using Shop.Web.Features.Shared;

namespace Shop.Web.Features.Orders;

[Authorize]
public class OrdersController(
    BuyerOrders orders, ShopDbContext db, FileStorage storage, IStringLocalizer<SharedResource> localizer) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("/orders")]
    public async Task<IActionResult> Index() => View(await orders.ListAsync(UserId));

    [HttpGet("/orders/{orderNo}")]
    public async Task<IActionResult> Details(string orderNo)
    {
        var order = await orders.FindAsync(orderNo, UserId);
        if (order is null)
        {
            return NotFound();
        }
        return order.Kind == OrderKind.Donation
            ? RedirectToAction(nameof(DonationsController.ThankYou), "Donations", new { orderNo = order.Number })
            : View(order);
    }

    [HttpPost("/orders/{orderNo}/cancel")]
    public async Task<IActionResult> Cancel(string orderNo)
    {
        try
        {
            var (kind, message) = await orders.CancelAsync(orderNo, UserId) switch
            {
                BuyerCancellation.Cancelled => (FlashKind.Message, localizer["Your order was cancelled."]),
                BuyerCancellation.PaidMeanwhile => (FlashKind.Warning, localizer["Alipay reports that this order was paid, so it was not cancelled."]),
                BuyerCancellation.AlipayNotReached => (FlashKind.Warning, localizer["The order could not be cancelled because Alipay cannot be reached right now. It stays open; please try again in a few minutes."]),
                _ => (FlashKind.Warning, localizer["This order can no longer be cancelled."]),
            };
            TempData.Flash(kind, message);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Flash(FlashKind.Warning, localizer["The order changed while you were looking at it. Please check it again."]);
        }
        return RedirectToAction(nameof(Details), new { orderNo });
    }

    [HttpPost("/orders/{orderNo}/confirm-receipt")]
    public async Task<IActionResult> ConfirmReceipt(string orderNo)
    {
        try
        {
            if (await orders.ConfirmReceiptAsync(orderNo, UserId))
            {
                TempData.Flash(FlashKind.Message, localizer["Thank you! The order is complete."]);
            }
            else
            {
                TempData.Flash(FlashKind.Warning, localizer["Receipt can only be confirmed for a shipped order."]);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Flash(FlashKind.Warning, localizer["The order changed while you were looking at it. Please check it again."]);
        }
        return RedirectToAction(nameof(Details), new { orderNo });
    }

    /// <summary>The file of a file-delivered product, for the buyer of a paid order only.</summary>
    [HttpGet("/orders/{orderNo}/download/{lineId:int}")]
    public async Task<IActionResult> Download(string orderNo, int lineId)
    {
        var order = await orders.FindAsync(orderNo, UserId);
        var line = order?.Lines.FirstOrDefault(l => l.Id == lineId && l.Delivery == VirtualDelivery.File);
        if (order is null || line is null || order.Status != OrderStatus.Completed)
        {
            return NotFound();
        }
        var fileName = await db.Products.Where(p => p.Id == line.ProductId).Select(p => p.DeliveryFileName).FirstOrDefaultAsync();
        var path = fileName is null ? null : Path.Combine(storage.Downloads, Path.GetFileName(fileName));
        if (path is null || !System.IO.File.Exists(path))
        {
            return NotFound();
        }
        return PhysicalFile(path, "application/octet-stream", line.ProductName.InUiLanguage() + Path.GetExtension(path));
    }
}
