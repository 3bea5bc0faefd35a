namespace Shop.Web.Features.Mail;

/// <summary>
/// One message to send, written in the same save as the change that causes it, and sent later by
/// <see cref="OutboxDelivery"/>. Its <see cref="IdempotencyKey"/> is unique in the database
/// (<c>order:{number}:payment-received</c>), so the same event can never queue a second message.
/// </summary>
public class OutboxMessage
{
    public const int KeyMaxLength = 200;
    public const int LastErrorMaxLength = 1000;

    private OutboxMessage()
    {
        IdempotencyKey = "";
        Recipient = "";
        Culture = "";
        Subject = "";
        HtmlBody = "";
        TextBody = "";
    }

    public long Id { get; private set; }
    public string IdempotencyKey { get; private set; }
    public MailKind Kind { get; private set; }
    public string Recipient { get; private set; }

    /// <summary>The language the message is written in (zh-CN, en).</summary>
    public string Culture { get; private set; }

    /// <summary>The order the message is about, for the admin's order page; null for account mail.</summary>
    public string? OrderNumber { get; private set; }

    public string Subject { get; private set; }
    public string HtmlBody { get; private set; }
    public string TextBody { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>Tries so far, counted when a sender claims the message.</summary>
    public int Attempts { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    /// <summary>A sender is sending it until then; after that another may (it crashed, say).</summary>
    public DateTime? ClaimedUntil { get; private set; }

    public DateTime? SentAt { get; private set; }

    /// <summary>Every attempt failed: the message is left for the admin to see and resend.</summary>
    public DateTime? GaveUpAt { get; private set; }

    public string? LastError { get; private set; }

    public static OutboxMessage Create(
        string idempotencyKey, MailKind kind, string recipient, string culture, string? orderNumber,
        RenderedMail mail, DateTime now)
    {
        if (idempotencyKey.Length is 0 or > KeyMaxLength)
        {
            throw new ArgumentException($"A key is 1 to {KeyMaxLength} characters.", nameof(idempotencyKey));
        }
        return new OutboxMessage
        {
            IdempotencyKey = idempotencyKey,
            Kind = kind,
            Recipient = recipient,
            Culture = culture,
            OrderNumber = orderNumber,
            Subject = mail.Subject,
            HtmlBody = mail.Html,
            TextBody = mail.Text,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    /// <summary>The same message again, as a new one with a key of its own (the admin's resend).</summary>
    public OutboxMessage Copy(string idempotencyKey, DateTime now) =>
        Create(idempotencyKey, Kind, Recipient, Culture, OrderNumber, new RenderedMail(Subject, HtmlBody, TextBody), now);
}
