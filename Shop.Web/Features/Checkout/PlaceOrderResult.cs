using Shop.Domain.Shipping;
using Shop.Web.Features.Cart;
using Shop.Web.Features.Orders;

namespace Shop.Web.Features.Checkout;

public enum PlaceOrderOutcome
{
    Placed,

    /// <summary>Nothing to order (emptied in another tab, say).</summary>
    EmptyCart,

    /// <summary>Products dropped out or stock fell: the cart was adjusted and the buyer should look again.</summary>
    CartChanged,

    /// <summary>A price or quantity changed since the checkout page was shown.</summary>
    PriceChanged,

    /// <summary>The address or logistics choice is not usable.</summary>
    Invalid,

    /// <summary>Another buyer took the last units between reading and reserving.</summary>
    StockConflict,

    /// <summary>The buyer (or their address) has as many unpaid orders open as allowed; nothing was reserved.</summary>
    TooManyUnpaidOrders,
}

public sealed record PlaceOrderResult(
    PlaceOrderOutcome Outcome,
    string? OrderNumber = null,
    IReadOnlyList<AddressProblem>? Problems = null,
    IReadOnlyList<CartMessage>? CartMessages = null,
    UnpaidOrderLimit UnpaidOrderLimit = UnpaidOrderLimit.None);
