namespace Shop.Domain.Cart;

/// <summary>Something the cart changed on its own that the buyer must be told about.</summary>
public sealed record CartNotice(CartNoticeKind Kind, int ProductId, int Quantity);
