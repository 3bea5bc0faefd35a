namespace Shop.Domain.Payments.Alipay;

/// <summary>Why a notification was not accepted as genuine.</summary>
public enum AlipayVerificationFailure
{
    None,

    /// <summary><c>sign_type</c> is missing or not MD5.</summary>
    SignTypeNotMd5,

    /// <summary>The sign is missing or does not match: forged, wrong key, or wrong charset.</summary>
    SignatureMismatch,

    /// <summary><c>seller_id</c> is another account than this merchant's.</summary>
    PartnerMismatch,

    /// <summary><c>seller_email</c> is another account than the configured seller email.</summary>
    SellerMismatch,

    /// <summary>No notify_id to check with the gateway.</summary>
    NotifyIdMissing,

    /// <summary>notify_verify answered "false": forged, expired, or already acknowledged.</summary>
    NotifyIdRejected,

    /// <summary>notify_verify answered "invalid".</summary>
    NotifyIdInvalid,

    /// <summary>notify_verify could not be asked. Transient: answer "fail" so that Alipay sends again.</summary>
    NotifyVerifyUnreachable,
}
