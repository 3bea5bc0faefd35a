using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Web.Data;

namespace Shop.Web.Features.Payments;

/// <summary>
/// Keeps rejected requests as evidence within bounds: each one small (<see cref="RequestEvidence"/>),
/// never more than <c>Alipay:RejectedNotificationMaxRows</c> of them, and none older than
/// <c>Alipay:RejectedNotificationRetentionDays</c> once <see cref="PurgeAsync"/> has run.
/// </summary>
public class RejectedNotificationLog(
    ShopDbContext db, IOptionsMonitor<AlipayOptions> options, TimeProvider clock, ILogger<RejectedNotificationLog> logger)
{
    public async Task RecordAsync(
        NotificationChannel channel, RejectionReason reason, string detail, RequestEvidence evidence, string? outTradeNo,
        CancellationToken cancellationToken)
    {
        var rejected = new RejectedNotification
        {
            Channel = channel,
            ReceivedAt = clock.GetUtcNow().UtcDateTime,
            Reason = reason,
            Detail = Truncate(detail, RejectedNotification.DetailMaxLength)!,
            OutTradeNo = Truncate(outTradeNo, 64),
            RawText = evidence.RawText,
            ByteCount = evidence.ByteCount,
            ParameterCount = evidence.ParameterCount,
            RemoteAddress = Truncate(evidence.RemoteAddress, 64),
        };
        db.RejectedNotifications.Add(rejected);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(rejected).State = EntityState.Detached;

        // Ids only grow, so one range delete keeps the newest rows and the table bounded at every insert.
        var newestToDrop = rejected.Id - options.CurrentValue.RejectedNotificationMaxRows;
        if (newestToDrop > 0)
        {
            await db.RejectedNotifications.Where(r => r.Id <= newestToDrop).ExecuteDeleteAsync(cancellationToken);
        }
        logger.LogInformation(
            "Rejected a {Channel} request for order {OutTradeNo} from {RemoteAddress}: {Reason}: {Detail}",
            channel, rejected.OutTradeNo, evidence.RemoteAddress, reason, rejected.Detail);
    }

    /// <summary>Deletes what is older than the retention period; returns how many went.</summary>
    public Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.CurrentValue.RejectedNotificationRetentionDays);
        return db.RejectedNotifications.Where(r => r.ReceivedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    private static string? Truncate(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}
