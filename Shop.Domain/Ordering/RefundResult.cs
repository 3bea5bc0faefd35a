namespace Shop.Domain.Ordering;

/// <summary>What <see cref="Order.ApplyRefundResult"/> did: the refund, the outcome, and the order's change.</summary>
public sealed record RefundResult(Refund Refund, RefundOutcome Outcome, OrderChange Change);
