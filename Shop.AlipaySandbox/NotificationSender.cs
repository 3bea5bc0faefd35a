using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>
/// Sends the notifications that are due, one at a time, and records each attempt. Only HTTP 200
/// with a body of exactly <c>success</c> acknowledges a notification (and ends its notify_id);
/// anything else is tried again on <see cref="NotifySchedule"/>. The first sending of a trade's
/// notifications keeps their order, except for one held by the "reorder" fault.
/// </summary>
public class NotificationSender(
    SandboxDbContext db,
    IHttpClientFactory httpClients,
    NotifySchedule schedule,
    TimeProvider clock,
    ILogger<NotificationSender> logger)
{
    public const string HttpClientName = "alipay-sandbox-notify";

    private static readonly byte[] Success = "success"u8.ToArray();

    public async Task SendDueAsync(CancellationToken cancellationToken)
    {
        while (await NextDueAsync(cancellationToken) is { } notification)
        {
            await AttemptAsync(notification, cancellationToken);
        }
    }

    private async Task<SandboxNotification?> NextDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await db.Notifications
            .Where(n => n.State == NotificationState.Pending)
            .OrderBy(n => n.Id)
            .ToListAsync(cancellationToken);

        foreach (var notification in pending.Where(n => n.NextAttemptAt <= now).OrderBy(n => n.NextAttemptAt).ThenBy(n => n.Id))
        {
            var waitsForEarlier = notification.AttemptCount == 0 && pending.Any(earlier =>
                earlier.TradeId == notification.TradeId
                && earlier.Id < notification.Id
                && earlier.AttemptCount == 0
                && !earlier.HeldForNext);
            if (waitsForEarlier)
            {
                continue;
            }

            if (notification.HeldForNext && !await NextOneHasGoneAsync(notification, cancellationToken))
            {
                continue;
            }

            return notification;
        }

        return null;
    }

    private Task<bool> NextOneHasGoneAsync(SandboxNotification held, CancellationToken cancellationToken) =>
        db.Notifications.AnyAsync(
            later => later.TradeId == held.TradeId
                     && later.Id > held.Id
                     && later.Origin == NotificationOrigin.Original
                     && (later.AttemptCount > 0 || later.State == NotificationState.Dropped),
            cancellationToken);

    private async Task AttemptAsync(SandboxNotification notification, CancellationToken cancellationToken)
    {
        var charset = notification.InputCharset;
        using var content = new ByteArrayContent(
            charset.Encoding.GetBytes(AlipayFormEncoding.EncodeForm(notification.ReadParameters(), charset)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = charset.Name };

        var startedAt = clock.GetUtcNow().UtcDateTime;
        NotificationAttempt attempt;
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).PostAsync(notification.NotifyUrl, content, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var succeeded = response.StatusCode == HttpStatusCode.OK && body.AsSpan().SequenceEqual(Success);
            attempt = NotificationAttempt.Answered(startedAt, (int)response.StatusCode, Text(body, response), succeeded);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            attempt = NotificationAttempt.Unreachable(startedAt, e is TaskCanceledException ? "Timed out." : e.Message);
        }

        var endedAt = clock.GetUtcNow().UtcDateTime;
        notification.Record(attempt, attempt.Succeeded ? null : schedule.NextAttemptAt(notification.AttemptCount + 1, endedAt));
        if (attempt.Succeeded)
        {
            var issued = await db.NotifyIds.SingleAsync(n => n.Value == notification.NotifyId, cancellationToken);
            issued.Acknowledge(endedAt);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation(
            "Sandbox notification {NotificationId} ({TradeStatus}) attempt {Attempt}: {Outcome}",
            notification.Id,
            notification.TradeStatus,
            notification.AttemptCount,
            attempt.Succeeded ? "success" : attempt.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? attempt.Error);
    }

    private static string Text(byte[] body, HttpResponseMessage response)
    {
        var encoding = Encoding.UTF8;
        if (response.Content.Headers.ContentType?.CharSet is { } charset && AlipayCharset.TryFromName(charset.Trim('"'), out var named))
        {
            encoding = named.Encoding;
        }

        return encoding.GetString(body, 0, Math.Min(body.Length, NotificationAttempt.BodyLength * 4));
    }
}
