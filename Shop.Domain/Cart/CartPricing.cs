namespace Shop.Domain.Cart;

public static class CartPricing
{
    public static decimal Subtotal(IEnumerable<PricedCartLine> lines) => lines.Sum(l => l.LineTotal);
}
