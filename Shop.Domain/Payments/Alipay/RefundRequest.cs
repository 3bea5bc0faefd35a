namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// <c>refund_fastpay_by_platform_pwd</c>: a batch of refunds the seller confirms with the account's
/// password on Alipay's page; the result comes to <paramref name="NotifyUrl"/> as a
/// <c>batch_refund_notify</c> (docs/alipay-protocol.md §6a).
/// </summary>
/// <param name="RefundDate">When the refund was asked for (UTC); sent on China's clock.</param>
public sealed record RefundRequest(string BatchNo, DateTime RefundDate, IReadOnlyList<RefundDetail> Details, string NotifyUrl);
