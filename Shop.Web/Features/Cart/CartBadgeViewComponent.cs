using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Features.Catalog;

namespace Shop.Web.Features.Cart;

/// <summary>The cart link with its item count, in the header of every page.</summary>
public class CartBadgeViewComponent(ShoppingCart cart) : ViewComponent
{
    // Named by path: the badge is drawn on every feature's pages, and its view stays with the cart.
    private const string ViewPath = "~/Features/Cart/CartBadge.cshtml";

    /// <summary>The count, or on a catalog page kept for everyone its placeholder (the visitor's count is written in as the page leaves).</summary>
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(ViewPath, CachedPageVisitorParts.IsRendering(HttpContext)
            ? CachedPageVisitorParts.CartCountPlaceholder
            : (await cart.ItemCountAsync()).ToString(CultureInfo.InvariantCulture));
}
