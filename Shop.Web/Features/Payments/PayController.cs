using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Shop.Domain.Ordering;
using Shop.Web.Data;
using Shop.Web.Features.Donations;
using Shop.Web.Features.Orders;
using Shop.Web.Features.Shared;
using Shop.Web.Security;

namespace Shop.Web.Features.Payments;

/// <summary>
/// The page between the shop and Alipay: a form signed for the stored order, sent by itself.
/// The same order can be paid again until it closes, always with the same out_trade_no and amounts.
/// </summary>
public class PayController(
    ShopDbContext db,
    AlipayPaymentRequests requests,
    IOptionsMonitor<AlipayOptions> options,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("/orders/{orderNo}/pay")]
    public async Task<IActionResult> Pay(string orderNo)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Number == orderNo);
        if (order is null)
        {
            return NotFound();
        }
        // A buyer's order is theirs alone; a donation given without an account is paid by whoever holds its number.
        if (order.UserId is not null)
        {
            if (User.Identity?.IsAuthenticated != true)
            {
                return Challenge();
            }
            if (order.UserId != User.FindFirstValue(ClaimTypes.NameIdentifier))
            {
                return NotFound();
            }
        }

        if (!order.IsOpenForPayment(clock.GetUtcNow().UtcDateTime))
        {
            TempData.Flash(FlashKind.Warning, localizer["This order can no longer be paid."]);
            return order.Kind == OrderKind.Donation
                ? RedirectToAction(nameof(DonationsController.ThankYou), "Donations", new { orderNo = order.Number })
                : RedirectToAction(nameof(OrdersController.Details), "Orders", new { orderNo = order.Number });
        }

        // The gateway may check where a payment comes from (the merchant's site): it is told the
        // shop's origin, never this page's path with the order number.
        Response.Headers[SecurityHeadersMiddleware.ReferrerPolicyHeader] = "strict-origin";
        var signed = requests.For(order, PaymentSubjectText.Describe(order, localizer));
        return View(new PaymentFormViewModel(order.Number, order.Total, signed.FormAction(options.CurrentValue.Gateway()), signed.Charset.Name, signed.Parameters));
    }
}
