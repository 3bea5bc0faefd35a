namespace Shop.Domain.Payments.Alipay;

/// <summary><c>create_donate_trade_p</c>: a donation of <see cref="TotalFee"/> yuan, sent with payment_type 4.</summary>
public sealed record DonationRequest(string OutTradeNo, string Subject, decimal TotalFee) : AlipayPaymentRequest(OutTradeNo, Subject);
