namespace Shop.AlipaySandbox;

/// <summary>What can go wrong with a notification on purpose, to see how the merchant copes.</summary>
public enum FaultKind
{
    /// <summary>Never delivered; recorded as dropped.</summary>
    Drop,

    /// <summary>Delivered twice.</summary>
    Duplicate,

    /// <summary>Held for a number of seconds before the first attempt.</summary>
    Delay,

    /// <summary>Held until the trade's next notification has gone out.</summary>
    Reorder,

    /// <summary>Sent with a corrupted sign.</summary>
    BadSignature,
}
