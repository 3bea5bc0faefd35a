namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// <c>close_trade</c>: at least one of the two numbers; Alipay's trade_no wins when both are given.
/// The merchant's number is named <c>out_order_no</c> here, not out_trade_no (docs/alipay-protocol.md §6).
/// </summary>
public sealed record CloseTradeRequest(string? TradeNo, string? OutOrderNo);
