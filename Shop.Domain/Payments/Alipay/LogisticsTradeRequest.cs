namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// A trade of physical goods with logistics: escrow (<c>create_partner_trade_by_buyer</c>) or
/// dual (<c>trade_create_by_buyer</c>), which take the same parameters. A whole cart is sent as
/// <see cref="Price"/> = goods total and <see cref="Quantity"/> = 1; the buyer pays
/// price × quantity + the logistics fee.
/// </summary>
public sealed record LogisticsTradeRequest(
    string OutTradeNo,
    string Subject,
    decimal Price,
    int Quantity,
    AlipayLogistics Logistics) : AlipayPaymentRequest(OutTradeNo, Subject)
{
    /// <summary>The optional second offer (<c>logistics_*_1</c>); its type must differ from the first.</summary>
    public AlipayLogistics? SecondLogistics { get; init; }

    /// <summary>The optional third offer (<c>logistics_*_2</c>); needs a second one.</summary>
    public AlipayLogistics? ThirdLogistics { get; init; }

    public AlipayReceiver? Receiver { get; init; }
}
