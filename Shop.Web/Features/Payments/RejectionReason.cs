namespace Shop.Web.Features.Payments;

/// <summary>Why a request to notify_url or return_url was refused before it was believed, or stored in full.</summary>
public enum RejectionReason
{
    /// <summary>Larger than the shop takes (<see cref="AlipayController.MaxRequestBytes"/>): never read past the limit.</summary>
    TooLarge,

    /// <summary>More parameters than any notification of Alipay's has.</summary>
    TooManyParameters,

    /// <summary>A parameter given twice, which Alipay never does.</summary>
    RepeatedName,

    /// <summary>No MD5 signature, or one the shop's key did not make.</summary>
    BadSignature,

    /// <summary>A signed batch_refund_notify for a batch_no the shop never asked for.</summary>
    UnknownRefundBatch,
}
