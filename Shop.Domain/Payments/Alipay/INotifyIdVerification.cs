namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// Asks the gateway whether it issued a notify_id:
/// <c>GET {gateway}?service=notify_verify&amp;partner={partner}&amp;notify_id={notifyId}</c>.
/// The domain cannot do HTTP, so the web project implements this. Implementations answer
/// <see cref="NotifyIdAnswer.Unreachable"/> for network failures instead of throwing, and
/// encode the notify_id exactly once.
/// </summary>
public interface INotifyIdVerification
{
    Task<NotifyIdAnswer> CheckAsync(string partner, string notifyId, CancellationToken cancellationToken);
}
