using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>What the cashier shows next: the trade (to pay, or paid), or the error that stops it.</summary>
public sealed record CashierOutcome(SandboxTrade? Trade, AlipayRuleViolation? Violation, string? ReturnUrl)
{
    public static CashierOutcome Shown(SandboxTrade trade) => new(trade, null, null);

    public static CashierOutcome Paid(SandboxTrade trade, string? returnUrl) => new(trade, null, returnUrl);

    public static CashierOutcome Refused(AlipayRuleViolation violation) => new(null, violation, null);

    public static CashierOutcome NoSuchTrade { get; } = new(null, null, null);
}
