namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// One logistics offer of an escrow or dual trade: <c>logistics_type</c>, <c>logistics_fee</c>
/// and <c>logistics_payment</c>, which always go together. With free shipping the fee is 0.00
/// and the seller pays.
/// </summary>
public sealed record AlipayLogistics(AlipayLogisticsType Type, decimal Fee, AlipayLogisticsPayment Payment);
