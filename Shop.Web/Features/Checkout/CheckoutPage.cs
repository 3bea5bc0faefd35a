using Shop.Domain.Shipping;
using Shop.Web.Features.Cart;
using Shop.Web.Features.Payments;

namespace Shop.Web.Features.Checkout;

/// <summary>Everything the checkout page shows: the cart, where it can go, and what it costs.</summary>
public sealed record CheckoutPage(
    CartView Cart,
    CheckoutForm Form,
    IReadOnlyList<SavedAddress> SavedAddresses,
    IReadOnlyList<LogisticsQuote> LogisticsOptions,
    decimal? FreeShippingFrom,
    IReadOnlyList<AddressProblem> Problems)
{
    public bool NeedsAddress => Cart.HasPhysicalItems;

    public string Fingerprint => CartFingerprint.Of(Cart);

    public LogisticsQuote? SelectedLogistics =>
        LogisticsOptions.FirstOrDefault(o => AlipayLogisticsMapping.TryParseLogisticsType(Form.LogisticsType, out var type) && o.Type == type)
        ?? (LogisticsOptions is [var first, ..] ? first : null);

    public decimal GoodsTotal => Cart.Subtotal;

    public decimal Total => GoodsTotal + (NeedsAddress ? SelectedLogistics?.FeeToBuyer ?? 0m : 0m);

    public bool HasProblem(string field) => Problems.Any(p => p.Field == field);

    /// <summary>Why the order was not placed, shown above the form.</summary>
    public string? Warning { get; init; }
}
