using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Features.Payments;

/// <summary>
/// What time does to stored notifications. One that stayed <see cref="NotificationOutcome.Received"/>
/// longer than any processing takes was cut off by a crash or a restart: it becomes
/// <see cref="NotificationOutcome.Interrupted"/>, so the admin sees it was never finished, and
/// <see cref="NotificationOutcome.Superseded"/> once Alipay's resend of it (same notify_id) has
/// been acknowledged. Rejected requests past their retention period are purged.
/// </summary>
public class NotificationHousekeeping(ShopDbContext db, RejectedNotificationLog rejected, TimeProvider clock, ILogger<NotificationHousekeeping> logger)
{
    /// <summary>
    /// Far longer than a notification is ever processed (a slot's wait, notify_verify's few
    /// seconds, one save), and shorter than Alipay's first resend after 2 minutes plus its retries.
    /// </summary>
    public static readonly TimeSpan InterruptedAfter = TimeSpan.FromMinutes(5);

    private static readonly NotificationOutcome[] Acknowledged =
        [NotificationOutcome.Applied, NotificationOutcome.NoChange, NotificationOutcome.Duplicate];

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now - InterruptedAfter;
        var interrupted = await db.PaymentNotifications
            .Where(n => n.Outcome == NotificationOutcome.Received && n.ReceivedAt < cutoff)
            .ExecuteUpdateAsync(set => set
                .SetProperty(n => n.Outcome, NotificationOutcome.Interrupted)
                .SetProperty(n => n.Detail, "Processing was cut off (the shop stopped) before an answer was sent; Alipay sends it again.")
                .SetProperty(n => n.ProcessedAt, now), cancellationToken);

        var superseded = await db.PaymentNotifications
            .Where(n => n.Outcome == NotificationOutcome.Interrupted && n.NotifyId != null
                && db.PaymentNotifications.Any(other => other.NotifyId == n.NotifyId && Acknowledged.Contains(other.Outcome)))
            .ExecuteUpdateAsync(set => set
                .SetProperty(n => n.Outcome, NotificationOutcome.Superseded)
                .SetProperty(n => n.Detail, "Finished by Alipay's resend of it, which the shop processed since.")
                .SetProperty(n => n.ProcessedAt, now), cancellationToken);

        var purged = await rejected.PurgeAsync(cancellationToken);
        if (interrupted + superseded + purged > 0)
        {
            logger.LogInformation(
                "Notifications: {Interrupted} marked interrupted, {Superseded} finished by a resend; {Purged} rejected requests purged",
                interrupted, superseded, purged);
        }
    }
}
