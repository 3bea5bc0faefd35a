using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Shop.Web.Features.Cart;
using Shop.Web.Features.Orders;
using Shop.Web.Features.Payments;
using Shop.Web.Features.Shared;
using Shop.Web.Security;

namespace Shop.Web.Features.Checkout;

[Authorize]
public class CheckoutController(
    CheckoutService checkout, IOptionsMonitor<RateLimitOptions> rateLimits, IStringLocalizer<SharedResource> localizer) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    /// <param name="address">A saved address to fill the form with.</param>
    [HttpGet("/checkout")]
    public async Task<IActionResult> Index(int? address)
    {
        var page = await checkout.PrepareAsync(UserId, form: null, savedAddressId: address);
        if (page.Cart.Lines.Count == 0)
        {
            TempData.Flash(FlashKind.Warning, localizer["Your cart is empty."]);
            return ToCart();
        }
        return View(page);
    }

    [HttpPost("/checkout")]
    [EnableRateLimiting(RateLimitPolicies.Checkout)]
    public async Task<IActionResult> Place(CheckoutForm form)
    {
        var result = await checkout.PlaceOrderAsync(
            UserId, User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name, ClientAddress.Of(HttpContext), form);
        switch (result.Outcome)
        {
            case PlaceOrderOutcome.Placed:
                return RedirectToAction(nameof(PayController.Pay), "Pay", new { orderNo = result.OrderNumber });
            case PlaceOrderOutcome.EmptyCart:
                TempData.Flash(FlashKind.Warning, localizer["Your cart is empty."]);
                return ToCart();
            case PlaceOrderOutcome.CartChanged:
                TempData.Flash(FlashKind.Warning, string.Join(" ", result.CartMessages!.Select(m => CartNoticeText.Describe(m.Notice, m.ProductName, localizer)))
                    + " " + localizer["Please check your cart again."].Value);
                return ToCart();
            case PlaceOrderOutcome.TooManyUnpaidOrders:
                TempData.Flash(FlashKind.Warning, UnpaidOrderLimitText.Describe(result.UnpaidOrderLimit, rateLimits.CurrentValue, localizer));
                return RedirectToAction(nameof(OrdersController.Index), "Orders");
            case PlaceOrderOutcome.StockConflict:
                TempData.Flash(FlashKind.Warning, localizer["Someone else just bought the last units of a product in your cart. Please check your cart again."]);
                return ToCart();
            case PlaceOrderOutcome.PriceChanged:
                return View(nameof(Index), await checkout.PrepareAsync(UserId, form) with
                {
                    Warning = localizer["Your cart or a price changed since you opened this page. Please check the new totals."],
                });
            default:
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View(nameof(Index), await checkout.PrepareAsync(UserId, form, result.Problems) with
                {
                    Warning = localizer["Please correct the marked fields."],
                });
        }
    }

    private RedirectToActionResult ToCart() => RedirectToAction(nameof(CartController.Index), "Cart");
}
