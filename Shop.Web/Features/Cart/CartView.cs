using Shop.Domain.Cart;
using Shop.Domain.Catalog;

namespace Shop.Web.Features.Cart;

/// <summary>The cart as the buyer sees it: current prices, and what changed since they last looked.</summary>
public sealed record CartView(IReadOnlyList<CartViewLine> Lines, IReadOnlyList<CartMessage> Messages)
{
    public static readonly CartView Empty = new([], []);

    public decimal Subtotal => CartPricing.Subtotal(Lines.Select(l => l.Priced));
    public int ItemCount => Lines.Sum(l => l.Priced.Quantity);
    public bool HasPhysicalItems => Lines.Any(l => l.Product.Kind == ProductKind.Physical);
}

public sealed record CartViewLine(Product Product, PricedCartLine Priced);

/// <summary>A notice from the cart with the product's name, when the product still exists.</summary>
public sealed record CartMessage(CartNotice Notice, LocalizedText? ProductName);
