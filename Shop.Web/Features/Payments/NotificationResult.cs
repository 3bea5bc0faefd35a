using Shop.Domain.Ordering;

namespace Shop.Web.Features.Payments;

/// <summary>What processing a notification came to, and whether Alipay may stop sending it.</summary>
public sealed record NotificationResult(NotificationOutcome Outcome, string Detail, string? OrderNumber, OrderKind? OrderKind)
{
    /// <summary>Answer <c>success</c>: the notification is applied, or known to change nothing.</summary>
    public bool Acknowledge => Outcome is NotificationOutcome.Applied or NotificationOutcome.NoChange or NotificationOutcome.Duplicate;
}
