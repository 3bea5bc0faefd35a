namespace Shop.Domain.Cart;

public enum CartNoticeKind
{
    /// <summary>Fewer units are in stock than asked for; the line holds what is available.</summary>
    CappedToStock,

    /// <summary>A line holds at most <see cref="Cart.MaxQuantityPerLine"/> units.</summary>
    CappedToMaximum,

    /// <summary>Nothing left in stock; the line was removed.</summary>
    OutOfStock,

    /// <summary>The product was unpublished or deleted; the line was removed.</summary>
    ProductUnavailable,
}
