namespace Shop.Domain.Cart;

/// <summary>What the cart needs to know of a product right now.</summary>
/// <param name="AvailableQuantity">Units that can be bought; null when the product never runs out.</param>
public sealed record CartProduct(int ProductId, bool IsPurchasable, int? AvailableQuantity);
