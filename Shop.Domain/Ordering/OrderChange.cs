namespace Shop.Domain.Ordering;

/// <summary>What applying an event did to an order.</summary>
public sealed record OrderChange(
    OrderStatus FromStatus, OrderStatus ToStatus, PaymentState FromPayment, PaymentState ToPayment, bool Recorded)
{
    public bool Changed => FromStatus != ToStatus || FromPayment != ToPayment || Recorded;

    /// <summary>The order closed unpaid just now: its reserved stock goes back on the shelf.</summary>
    public bool Closed => FromStatus != OrderStatus.Closed && ToStatus == OrderStatus.Closed;

    /// <summary>
    /// Refunded in full before the goods left (paid, not shipped, nothing delivered): what the
    /// order held goes back on the shelf.
    /// </summary>
    public bool RefundedBeforeShipping => FromStatus == OrderStatus.AwaitingShipment && ToStatus == OrderStatus.Refunded;

    /// <summary>A virtual order or donation was completed by its payment just now: deliver it.</summary>
    public bool CompletedByPayment => FromStatus == OrderStatus.PendingPayment && ToStatus == OrderStatus.Completed;
}
