namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// Decides whether a notification really comes from Alipay for this merchant: the signature
/// over every parameter that arrived, the seller it names, and <c>notify_verify</c>. The cheap
/// local checks go first, so a forged notification never costs a call to the gateway.
/// </summary>
public sealed class AlipayNotificationVerifier(AlipayMerchant merchant, INotifyIdVerification notifyIdVerification)
{
    private readonly AlipayMerchant _merchant = merchant ?? throw new ArgumentNullException(nameof(merchant));
    private readonly INotifyIdVerification _notifyIdVerification = notifyIdVerification ?? throw new ArgumentNullException(nameof(notifyIdVerification));

    /// <summary>
    /// The full verification. <paramref name="charset"/> is the one the notification was
    /// decoded in, which is the one its sign was computed in.
    /// </summary>
    public async Task<AlipayVerificationResult> VerifyAsync(
        AlipayNotification notification,
        AlipayCharset charset,
        CancellationToken cancellationToken = default)
    {
        var local = VerifySignature(notification, charset);
        if (!local.IsVerified)
        {
            return local;
        }

        local = VerifySeller(notification);
        if (!local.IsVerified)
        {
            return local;
        }

        if (notification.NotifyId is not { } notifyId)
        {
            return new(AlipayVerificationFailure.NotifyIdMissing, "The notification has no notify_id, so Alipay cannot confirm it.");
        }

        var answer = await _notifyIdVerification.CheckAsync(_merchant.Partner, notifyId, cancellationToken).ConfigureAwait(false);
        return answer switch
        {
            NotifyIdAnswer.True => AlipayVerificationResult.Verified,
            NotifyIdAnswer.False => new(
                AlipayVerificationFailure.NotifyIdRejected,
                "notify_verify answered false: the notify_id was not issued to this partner, has expired, or was already acknowledged."),
            NotifyIdAnswer.Invalid => new(
                AlipayVerificationFailure.NotifyIdInvalid,
                "notify_verify answered invalid: the partner or the notify_id is malformed."),
            _ => new(
                AlipayVerificationFailure.NotifyVerifyUnreachable,
                "notify_verify gave no usable answer (not reached, too slow, or not true, false or invalid); the notification is not verified yet and may be verified when Alipay sends it again."),
        };
    }

    /// <summary>
    /// The signature alone. Enough for an exact copy of a notification that was already fully
    /// verified and applied: notify_verify answers false once its id has been acknowledged.
    /// </summary>
    public AlipayVerificationResult VerifySignature(AlipayNotification notification, AlipayCharset charset)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(charset);

        if (notification.SignType != AlipaySignature.SignTypeMd5)
        {
            return new(AlipayVerificationFailure.SignTypeNotMd5, $"sign_type is '{notification.SignType}', not MD5.");
        }

        if (notification.Sign is null)
        {
            return new(AlipayVerificationFailure.SignatureMismatch, "The notification has no sign.");
        }

        if (!AlipaySignature.Verify(notification.Parameters, notification.Sign, _merchant.Key, charset))
        {
            return new(
                AlipayVerificationFailure.SignatureMismatch,
                $"The sign does not match the parameters signed with the merchant key in {charset.Name}: a forged or altered notification, another key, or another charset.");
        }

        return AlipayVerificationResult.Verified;
    }

    private AlipayVerificationResult VerifySeller(AlipayNotification notification)
    {
        if (notification.SellerId is { } sellerId && sellerId != _merchant.SellerAccountId)
        {
            return new(
                AlipayVerificationFailure.PartnerMismatch,
                $"seller_id {sellerId} is not this merchant's account {_merchant.SellerAccountId}.");
        }

        if (notification.SellerEmail is { } sellerEmail
            && _merchant.SellerEmail is { } configured
            && !string.Equals(sellerEmail, configured, StringComparison.OrdinalIgnoreCase))
        {
            return new(
                AlipayVerificationFailure.SellerMismatch,
                $"seller_email {sellerEmail} is not the configured seller {configured}.");
        }

        // Alipay names the seller in every trade notification: one that names none is not
        // Alipay's for this shop, whatever it says (docs/alipay-protocol.md §5). A refund's
        // result names none (docs/alipay-protocol.md §6a): its batch_no must be one the shop issued instead.
        if (notification.IsBatchRefund)
        {
            return AlipayVerificationResult.Verified;
        }

        var sellerIdMatches = notification.SellerId is not null;
        var sellerEmailMatches = notification.SellerEmail is not null && _merchant.SellerEmail is not null;
        if (!sellerIdMatches && !sellerEmailMatches)
        {
            return new(
                AlipayVerificationFailure.SellerMismatch,
                notification.SellerEmail is { } unmatched
                    ? $"seller_email {unmatched} cannot be matched: the shop has no seller email set, and the notification has no seller_id."
                    : "The notification names no seller (neither seller_id nor seller_email).");
        }

        return AlipayVerificationResult.Verified;
    }
}
