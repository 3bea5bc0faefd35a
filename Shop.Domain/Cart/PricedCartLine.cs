namespace Shop.Domain.Cart;

/// <summary>A cart line with the product's current price from the catalog.</summary>
public sealed record PricedCartLine(int ProductId, decimal UnitPrice, int Quantity)
{
    public decimal LineTotal => UnitPrice * Quantity;
}
