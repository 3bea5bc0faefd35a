using Shop.Domain.Cart;
using Shop.Domain.Catalog;

namespace Shop.Web.Features.Cart;

public enum CartChangeOutcome
{
    Done,

    /// <summary>No such product, or it is not published.</summary>
    ProductUnavailable,

    /// <summary>Published, but none left to sell.</summary>
    SoldOut,

    /// <summary>A line was to change that the cart does not hold.</summary>
    NotInCart,
}

public sealed record CartChangeResult(CartChangeOutcome Outcome, CartNotice? Notice, LocalizedText? ProductName);
