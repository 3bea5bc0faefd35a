using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>A signed request let in for its merchant, or the first rule it broke.</summary>
public sealed record RequestAdmission(SandboxMerchant? Merchant, AlipayRuleViolation? Violation)
{
    public bool IsAdmitted => Violation is null;
}
