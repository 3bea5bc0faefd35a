namespace Shop.Domain.Shipping;

/// <summary>Where a physical order goes; the fields are Alipay's <c>receive_*</c> parameters.</summary>
public sealed record ShippingAddress(string ReceiverName, string Address, string Zip, string? Phone, string? Mobile);
