namespace Shop.AlipaySandbox;

/// <summary>The words of a refund's result notification (docs/alipay-protocol.md §6a).</summary>
public static class RefundParameters
{
    public const string NotifyType = "batch_refund_notify";

    public const string Success = "SUCCESS";
}
