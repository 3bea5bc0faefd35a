namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// <c>create_digital_goods_trade_p</c>, virtual goods without logistics: either
/// <see cref="TotalFee"/>, or <see cref="Price"/> with <see cref="Quantity"/>, never both.
/// </summary>
public sealed record DigitalGoodsTradeRequest(string OutTradeNo, string Subject) : AlipayPaymentRequest(OutTradeNo, Subject)
{
    public decimal? TotalFee { get; init; }

    public decimal? Price { get; init; }

    public int? Quantity { get; init; }
}
