namespace Shop.Domain.Payments.Alipay;

/// <summary>Verified, or the failure and a reason a person can act on.</summary>
public sealed record AlipayVerificationResult(AlipayVerificationFailure Failure, string Reason)
{
    public static AlipayVerificationResult Verified { get; } = new(AlipayVerificationFailure.None, "Verified.");

    public bool IsVerified => Failure == AlipayVerificationFailure.None;

    /// <summary>The same notification may verify later; every other failure is final.</summary>
    public bool IsTransient => Failure == AlipayVerificationFailure.NotifyVerifyUnreachable;
}
