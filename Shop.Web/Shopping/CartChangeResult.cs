using Shop.Domain.Cart;

namespace Shop.Web.Shopping;

public enum CartChangeOutcome
{
    Done,
    ProductUnavailable,
}

public sealed record CartChangeResult(CartChangeOutcome Outcome, CartNotice? Notice, string? ProductName);
