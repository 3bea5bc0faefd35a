namespace Shop.Domain.Ordering;

/// <summary>Where an order is in its life. Moves forward only (see <see cref="Order"/>).</summary>
public enum OrderStatus
{
    PendingPayment,
    AwaitingShipment,
    Shipped,
    Completed,

    /// <summary>Never paid: cancelled, timed out, or closed by Alipay before payment.</summary>
    Closed,

    /// <summary>Paid, then fully refunded.</summary>
    Refunded,
}
