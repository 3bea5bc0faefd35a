namespace Shop.Domain.Payments.Alipay;

/// <summary><c>single_trade_query</c>: at least one of the two numbers; Alipay's trade_no wins when both are given.</summary>
public sealed record TradeQueryRequest(string? TradeNo, string? OutTradeNo);
