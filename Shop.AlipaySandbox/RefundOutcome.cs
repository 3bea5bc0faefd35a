using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>What the refund page shows next: the batch (to confirm, or confirmed), or the error that stops it.</summary>
public sealed record RefundOutcome(SandboxRefundBatch? Batch, AlipayRuleViolation? Violation)
{
    public static RefundOutcome Shown(SandboxRefundBatch batch) => new(batch, null);

    public static RefundOutcome Refused(AlipayRuleViolation violation) => new(null, violation);
}
