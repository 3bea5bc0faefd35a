namespace Shop.AlipaySandbox;

public enum NotificationState
{
    /// <summary>Waiting for its first or its next attempt.</summary>
    Pending,

    /// <summary>The merchant answered exactly <c>success</c>.</summary>
    Acknowledged,

    /// <summary>All eight attempts failed.</summary>
    GaveUp,

    /// <summary>Never sent: the "drop" fault was injected for it.</summary>
    Dropped,
}
