using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Shopping;

/// <summary>The cart link with its item count, in the header of every page.</summary>
public class CartBadgeViewComponent(ShoppingCart cart) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await cart.ItemCountAsync());
}
