using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Web.Data;

namespace Shop.Web.Features.Mail;

/// <summary>
/// One round of the sender: each message that is due is claimed, sent and marked sent. The claim
/// is one conditional UPDATE, so of two app instances (or two rounds) only one sends a message. A
/// crash between sending and marking leaves the claim to expire, and the message is sent once more.
/// A failed attempt is recorded and waits longer each time (<see cref="OutboxRetry"/>), until
/// <c>Mail:MaxAttempts</c>, when the message is given up for the admin to see.
/// </summary>
public class OutboxDelivery(
    ShopDbContext db,
    IOptionsMonitor<MailOptions> options,
    TimeProvider clock,
    ILogger<OutboxDelivery> logger)
{
    /// <summary>How long a claimed message is left to its sender before another may try.</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    private const int BatchSize = 20;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Sends what is due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (!settings.IsConfigured)
        {
            return 0;
        }

        var now = Now;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.GaveUpAt == null && m.NextAttemptAt <= now
                && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var sent = 0;
        await using var mailer = new SmtpMailer(options);
        foreach (var id in due)
        {
            var message = await ClaimAsync(id, cancellationToken);
            if (message is null)
            {
                continue;
            }
            try
            {
                await mailer.SendAsync(message, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await RecordFailureAsync(message, e, settings.MaxAttempts, cancellationToken);
                if (e is not SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted })
                {
                    // The server is down or refuses this shop: the rest of the round would fail the same way.
                    break;
                }
                continue;
            }
            await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.SentAt, Now)
                .SetProperty(m => m.ClaimedUntil, (DateTime?)null)
                .SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
            sent++;
        }
        return sent;
    }

    private async Task<OutboxMessage?> ClaimAsync(long id, CancellationToken cancellationToken)
    {
        var now = Now;
        var claimUntil = now + ClaimFor;
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id && m.SentAt == null && m.GaveUpAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.ClaimedUntil, claimUntil)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
        return claimed == 1
            ? await db.OutboxMessages.AsNoTracking().FirstAsync(m => m.Id == id, cancellationToken)
            : null;
    }

    private async Task RecordFailureAsync(OutboxMessage message, Exception error, int maxAttempts, CancellationToken cancellationToken)
    {
        var now = Now;
        var gaveUp = message.Attempts >= maxAttempts;
        var text = $"{error.GetType().Name}: {error.Message}";
        if (text.Length > OutboxMessage.LastErrorMaxLength)
        {
            text = text[..OutboxMessage.LastErrorMaxLength];
        }
        await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LastError, text)
            .SetProperty(m => m.ClaimedUntil, (DateTime?)null)
            .SetProperty(m => m.NextAttemptAt, now + OutboxRetry.DelayAfter(message.Attempts))
            .SetProperty(m => m.GaveUpAt, gaveUp ? now : null), cancellationToken);
        if (gaveUp)
        {
            logger.LogError("Mail {Id} ({Kind}) given up after {Attempts} attempts: {Error}", message.Id, message.Kind, message.Attempts, text);
        }
        else
        {
            logger.LogWarning("Mail {Id} ({Kind}) not sent, attempt {Attempts}; trying again later: {Error}", message.Id, message.Kind, message.Attempts, text);
        }
    }
}
