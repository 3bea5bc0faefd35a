using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Shop.Web.Features.Shared;
using DomainCart = Shop.Domain.Cart.Cart;

namespace Shop.Web.Features.Cart;

/// <summary>
/// The cart pages. Form values arrive as text and are checked here, so that anything a browser
/// (or a person editing the form) sends ends in a message on the cart page, never an error page.
/// </summary>
public class CartController(ShoppingCart cart, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("/cart")]
    public async Task<IActionResult> Index() => View(await cart.ViewAsync());

    [HttpPost("/cart/items")]
    public async Task<IActionResult> Add(string? productId, string? quantity)
    {
        if (!TryParseId(productId, out var id))
        {
            return Warn(localizer["That product is not available."]);
        }
        var count = ParseQuantity(quantity);
        if (count is null || !DomainCart.IsValidQuantity(count.Value))
        {
            return Warn(localizer["Enter a quantity from 1 to {0}.", DomainCart.MaxQuantityPerLine]);
        }
        return Report(await cart.AddAsync(id, count.Value), localizer["Added to your cart."]);
    }

    [HttpPost("/cart/items/{productId}")]
    public async Task<IActionResult> Update(string? productId, string? quantity)
    {
        if (!TryParseId(productId, out var id))
        {
            return Warn(localizer["That product is not available."]);
        }
        var count = ParseQuantity(quantity);
        if (count is null || count < 0 || count > DomainCart.MaxQuantityPerLine)
        {
            return Warn(localizer["Enter a quantity from 0 to {0}; 0 removes the line.", DomainCart.MaxQuantityPerLine]);
        }
        if (count == 0)
        {
            return await RemoveLineAsync(id);
        }
        return Report(await cart.SetQuantityAsync(id, count.Value), localizer["Your cart was updated."]);
    }

    [HttpPost("/cart/items/{productId}/remove")]
    public async Task<IActionResult> Remove(string? productId) =>
        TryParseId(productId, out var id)
            ? await RemoveLineAsync(id)
            : Warn(localizer["That product is not in your cart."]);

    private async Task<IActionResult> RemoveLineAsync(int productId) =>
        await cart.RemoveAsync(productId)
            ? Done(localizer["Removed from your cart."])
            : Warn(localizer["That product is not in your cart."]);

    private IActionResult Report(CartChangeResult result, string success) => result.Outcome switch
    {
        CartChangeOutcome.ProductUnavailable => Warn(localizer["That product is not available."]),
        CartChangeOutcome.SoldOut => Warn(localizer["“{0}” is sold out.", result.ProductName?.InUiLanguage() ?? ""]),
        CartChangeOutcome.NotInCart => Warn(localizer["That product is not in your cart."]),
        _ when result.Notice is { } notice => Warn(CartNoticeText.Describe(notice, result.ProductName, localizer)),
        _ => Done(success),
    };

    private RedirectToActionResult Done(string message)
    {
        TempData.Flash(FlashKind.Message, message);
        return RedirectToAction(nameof(Index));
    }

    private RedirectToActionResult Warn(string message)
    {
        TempData.Flash(FlashKind.Warning, message);
        return RedirectToAction(nameof(Index));
    }

    private static bool TryParseId(string? value, out int id) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out id) && id > 0;

    private static int? ParseQuantity(string? value) =>
        int.TryParse(value?.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : null;
}
