namespace Shop.AlipaySandbox;

/// <summary>Where a notify_id was handed out: they live differently long (docs/alipay-protocol.md §5).</summary>
public enum NotifyIdChannel
{
    /// <summary>A server notification's id: valid until the merchant answers <c>success</c>.</summary>
    Notify,

    /// <summary>A return redirect's id: valid for a short, configured time.</summary>
    Return,
}
