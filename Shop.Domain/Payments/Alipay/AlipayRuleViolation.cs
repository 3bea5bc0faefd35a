namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// One broken protocol rule: the error code the gateway answers for it, the parameter at
/// fault and the rule in words ("must be at most 64 characters").
/// </summary>
public sealed record AlipayRuleViolation(string ErrorCode, string Parameter, string Rule)
{
    public override string ToString() => $"{Parameter} {Rule} ({ErrorCode})";
}
