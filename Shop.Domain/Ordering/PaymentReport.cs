namespace Shop.Domain.Ordering;

/// <summary>The facts a payment notification carries besides its event.</summary>
/// <param name="Description">How the report names itself in the history, e.g. Alipay's trade status.</param>
public sealed record PaymentReport(
    string Description,
    string? TradeNo = null,
    string? BuyerAccount = null,
    decimal? AmountPaid = null,
    DateTime? PaidAt = null,
    DateTime? ShippedAt = null,
    DateTime? ClosedAt = null,
    DateTime? RefundedAt = null);
