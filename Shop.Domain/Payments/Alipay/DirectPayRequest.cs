namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// <c>create_direct_pay_by_user</c>, instant payment: either <see cref="TotalFee"/>, or
/// <see cref="Price"/> with <see cref="Quantity"/>, never both.
/// </summary>
public sealed record DirectPayRequest(string OutTradeNo, string Subject) : AlipayPaymentRequest(OutTradeNo, Subject)
{
    public decimal? TotalFee { get; init; }

    public decimal? Price { get; init; }

    public int? Quantity { get; init; }

    /// <summary><c>paymethod</c>, e.g. "bankPay" to go straight to a bank.</summary>
    public string? PayMethod { get; init; }

    /// <summary><c>defaultbank</c>: the bank code used with <see cref="PayMethod"/> "bankPay".</summary>
    public string? DefaultBank { get; init; }
}
