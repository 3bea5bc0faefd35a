namespace Shop.Domain.Payments.Alipay;

/// <summary>What is wrong with an amount sent to the gateway; each has its own gateway error.</summary>
public enum AlipayAmountProblem
{
    None,

    /// <summary>Not plain digits with at most two decimals (ILLEGAL_MONEY_FORMAT).</summary>
    Malformed,

    /// <summary>Well formed, but outside 0.01..100000000.00 (ILLEGAL_FEE_PARAM).</summary>
    OutOfRange,
}
