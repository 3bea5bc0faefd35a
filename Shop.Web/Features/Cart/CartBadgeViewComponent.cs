using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Features.Cart;

/// <summary>The cart link with its item count, in the header of every page.</summary>
public class CartBadgeViewComponent(ShoppingCart cart) : ViewComponent
{
    // Named by path: the badge is drawn on every feature's pages, and its view stays with the cart.
    private const string ViewPath = "~/Features/Cart/CartBadge.cshtml";

    public async Task<IViewComponentResult> InvokeAsync() => View(ViewPath, await cart.ItemCountAsync());
}
