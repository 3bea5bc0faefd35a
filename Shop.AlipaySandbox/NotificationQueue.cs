using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>
/// Puts notifications of a trade in the sandbox database for <see cref="NotificationDelivery"/>
/// to send. They are saved together with the caller's change to the trade, so a trade never
/// changes without its notification, nor the other way round.
/// </summary>
public class NotificationQueue(SandboxDbContext db, SandboxMerchants merchants, TimeProvider clock)
{
    /// <summary>
    /// The notification of the trade's current status, with a new notify_id and the faults
    /// waiting for it. A trade without a notify_url gets none.
    /// </summary>
    public async Task AddAsync(SandboxTrade trade, CancellationToken cancellationToken)
    {
        if (trade.Request.NotifyUrl is not { } notifyUrl)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var notifyId = IssuedNotifyId.NewValue();
        var parameters = TradeParameters.Signed(trade, notifyId, now, KeyOf(trade));
        await QueueAsync(trade, notifyId, parameters, trade.InputCharset, notifyUrl, now, cancellationToken);
    }

    /// <summary>
    /// The batch_refund_notify of a confirmed refund batch (docs/alipay-protocol.md §6a), sent
    /// with <paramref name="trade"/>'s notifications (its first trade) and open to the same faults.
    /// </summary>
    public async Task AddBatchRefundAsync(SandboxTrade trade, SandboxRefundBatch batch, CancellationToken cancellationToken)
    {
        if (batch.NotifyUrl is not { } notifyUrl)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var notifyId = IssuedNotifyId.NewValue();
        var parameters = TradeParameters.Sign(
            new OrderedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["notify_time"] = ChinaTime.Format(now),
                ["notify_type"] = RefundParameters.NotifyType,
                ["notify_id"] = notifyId,
                ["batch_no"] = batch.BatchNo,
                ["success_num"] = batch.SuccessNum.ToString(CultureInfo.InvariantCulture),
                ["result_details"] = batch.ResultDetails ?? "",
            },
            KeyOf(trade),
            AlipayCharset.FromName(batch.Charset));
        await QueueAsync(trade, notifyId, parameters, AlipayCharset.FromName(batch.Charset), notifyUrl, now, cancellationToken);
    }

    private async Task QueueAsync(
        SandboxTrade trade, string notifyId, OrderedDictionary<string, string> parameters, AlipayCharset charset,
        string notifyUrl, DateTime now, CancellationToken cancellationToken)
    {
        db.NotifyIds.Add(IssuedNotifyId.ForNotify(notifyId, trade.Partner, now));
        var notification = SandboxNotification.Create(notifyId, parameters, charset, notifyUrl, now);
        trade.Notifications.Add(notification);

        var faults = await TakeFaultsAsync(trade, cancellationToken);
        foreach (var fault in faults)
        {
            notification.Inject(fault.Kind, fault.DelaySeconds, now);
        }

        if (faults.Any(f => f.Kind == FaultKind.Duplicate) && notification.State == NotificationState.Pending)
        {
            trade.Notifications.Add(notification.Copy(NotificationOrigin.Duplicate, notification.ReadParameters(), now));
        }
    }

    /// <summary>
    /// Alipay's fault recovery: the trade's latest notification once more, with the same
    /// notify_id and parameters. It is signed afresh, so a sign corrupted on purpose is repaired.
    /// The trade's notifications must be loaded. False when the trade has none.
    /// </summary>
    public bool Resend(SandboxTrade trade)
    {
        var latest = trade.Notifications.MaxBy(n => n.Id);
        if (latest is null)
        {
            return false;
        }

        var parameters = TradeParameters.Sign(latest.ReadParameters(), KeyOf(trade), latest.InputCharset);
        trade.Notifications.Add(latest.Copy(NotificationOrigin.Resend, parameters, clock.GetUtcNow().UtcDateTime));
        return true;
    }

    // One fault of each kind, the oldest first: the trade's own and the global ones.
    private async Task<List<NotificationFault>> TakeFaultsAsync(SandboxTrade trade, CancellationToken cancellationToken)
    {
        var waiting = await db.Faults
            .Where(f => f.TradeId == null || f.TradeId == trade.Id)
            .OrderBy(f => f.Id)
            .ToListAsync(cancellationToken);
        // A fault used up by an earlier notification of the same save is still read back, marked deleted.
        var taken = waiting.Where(f => f.Remaining > 0).GroupBy(f => f.Kind).Select(kind => kind.First()).ToList();
        foreach (var fault in taken)
        {
            fault.UseOnce();
            if (fault.Remaining <= 0)
            {
                db.Faults.Remove(fault);
            }
        }

        return taken;
    }

    private string KeyOf(SandboxTrade trade) =>
        merchants.Find(trade.Partner)?.Key
        ?? throw new InvalidOperationException($"Partner {trade.Partner} of trade {trade.TradeNo} is no longer configured.");
}
