namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// <c>send_goods_confirm_by_platform</c>: tells Alipay an escrow trade has shipped. Needs
/// Alipay's <see cref="TradeNo"/> (from the notification), not the shop's order number.
/// </summary>
public sealed record SendGoodsRequest(string TradeNo, string LogisticsName, AlipayLogisticsType TransportType)
{
    /// <summary>The carrier's tracking number.</summary>
    public string? InvoiceNo { get; init; }
}
