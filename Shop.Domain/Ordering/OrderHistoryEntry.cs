namespace Shop.Domain.Ordering;

/// <summary>One step of an order's history: what happened, who did it, and where the order stood after.</summary>
public class OrderHistoryEntry
{
    private OrderHistoryEntry()
    {
    }

    internal OrderHistoryEntry(
        DateTime at, OrderHistoryEvent @event, OrderChangeSource source, OrderStatus status, PaymentState payment,
        string? detail, long? notificationId)
    {
        At = at;
        Event = @event;
        Source = source;
        Status = status;
        PaymentState = payment;
        Detail = detail;
        NotificationId = notificationId;
    }

    public int Id { get; private set; }
    public DateTime At { get; private set; }
    public OrderHistoryEvent Event { get; private set; }
    public OrderChangeSource Source { get; private set; }
    public OrderStatus Status { get; private set; }
    public PaymentState PaymentState { get; private set; }

    /// <summary>The words of the step: Alipay's trade status, a carrier and tracking number, an admin's note.</summary>
    public string? Detail { get; private set; }

    /// <summary>The stored Alipay notification that caused the step, if one did.</summary>
    public long? NotificationId { get; private set; }
}
