namespace Shop.Domain.Ordering;

/// <summary>Where a refund the shop asked Alipay for stands.</summary>
public enum RefundState
{
    /// <summary>Sent to Alipay for the seller's password; no result yet.</summary>
    Requested,
    Succeeded,
    Failed,
}
