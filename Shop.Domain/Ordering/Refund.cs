namespace Shop.Domain.Ordering;

/// <summary>
/// A refund an admin asked Alipay for (refund_fastpay_by_platform_pwd, docs/alipay-protocol.md §6a):
/// one batch of one record, named by its <see cref="BatchNo"/>, resolved once by Alipay's
/// batch_refund_notify.
/// </summary>
public class Refund
{
    public const int ReasonMaxLength = 256;
    public const int ResultCodeMaxLength = 64;

    private Refund()
    {
        BatchNo = "";
        Reason = "";
        RequestedBy = "";
    }

    internal Refund(string batchNo, decimal amount, string reason, string requestedBy, DateTime now)
    {
        BatchNo = batchNo;
        Amount = amount;
        Reason = reason;
        RequestedBy = requestedBy;
        RequestedAt = now;
        State = RefundState.Requested;
    }

    public int Id { get; private set; }

    /// <summary>Alipay's batch_no: the China date yyyyMMdd and a serial, never used twice.</summary>
    public string BatchNo { get; private set; }

    public decimal Amount { get; private set; }

    public string Reason { get; private set; }

    public DateTime RequestedAt { get; private set; }

    /// <summary>The admin who asked for it.</summary>
    public string RequestedBy { get; private set; }

    public RefundState State { get; private set; }

    /// <summary>What Alipay answered for the trade: SUCCESS or an error code.</summary>
    public string? ResultCode { get; private set; }

    public DateTime? ResolvedAt { get; private set; }

    internal void Resolve(bool succeeded, decimal amount, string resultCode, DateTime now)
    {
        State = succeeded ? RefundState.Succeeded : RefundState.Failed;
        Amount = succeeded ? amount : Amount;
        ResultCode = resultCode.Length <= ResultCodeMaxLength ? resultCode : resultCode[..ResultCodeMaxLength];
        ResolvedAt = now;
    }
}
