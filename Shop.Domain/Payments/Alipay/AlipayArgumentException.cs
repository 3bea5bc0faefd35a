namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// Input the gateway would refuse. Thrown before anything is sent, so the mistake shows up in
/// the shop rather than as an error page on Alipay.
/// </summary>
public sealed class AlipayArgumentException : ArgumentException
{
    public AlipayArgumentException(AlipayRuleViolation violation)
        : base(violation.ToString(), violation.Parameter)
    {
        Violation = violation;
    }

    public AlipayRuleViolation Violation { get; }
}
