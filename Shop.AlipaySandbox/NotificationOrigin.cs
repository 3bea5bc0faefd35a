namespace Shop.AlipaySandbox;

/// <summary>Why a notification was sent.</summary>
public enum NotificationOrigin
{
    /// <summary>The trade changed.</summary>
    Original,

    /// <summary>A second copy of the one before it, from the "duplicate" fault.</summary>
    Duplicate,

    /// <summary>Sent again from the console (Alipay's fault recovery), with the same notify_id.</summary>
    Resend,
}
