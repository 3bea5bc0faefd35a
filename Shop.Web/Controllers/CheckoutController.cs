using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Shop.Web.Checkout;
using Shop.Web.Features.Shared;
using Shop.Web.Features.Cart;

namespace Shop.Web.Controllers;

[Authorize]
public class CheckoutController(CheckoutService checkout, IStringLocalizer<SharedResource> localizer) : Controller
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
            return Redirect("/cart");
        }
        return View(page);
    }

    [HttpPost("/checkout")]
    public async Task<IActionResult> Place(CheckoutForm form)
    {
        var result = await checkout.PlaceOrderAsync(UserId, User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name, form);
        switch (result.Outcome)
        {
            case PlaceOrderOutcome.Placed:
                return Redirect($"/orders/{result.OrderNumber}/pay");
            case PlaceOrderOutcome.EmptyCart:
                TempData.Flash(FlashKind.Warning, localizer["Your cart is empty."]);
                return Redirect("/cart");
            case PlaceOrderOutcome.CartChanged:
                TempData.Flash(FlashKind.Warning, string.Join(" ", result.CartMessages!.Select(m => CartNoticeText.Describe(m.Notice, m.ProductName, localizer)))
                    + " " + localizer["Please check your cart again."].Value);
                return Redirect("/cart");
            case PlaceOrderOutcome.StockConflict:
                TempData.Flash(FlashKind.Warning, localizer["Someone else just bought the last units of a product in your cart. Please check your cart again."]);
                return Redirect("/cart");
            case PlaceOrderOutcome.PriceChanged:
                ViewData["Warning"] = localizer["Your cart or a price changed since you opened this page. Please check the new totals."].Value;
                return View("Index", await checkout.PrepareAsync(UserId, form));
            default:
                ViewData["Warning"] = localizer["Please correct the marked fields."].Value;
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View("Index", await checkout.PrepareAsync(UserId, form, result.Problems));
        }
    }
}
