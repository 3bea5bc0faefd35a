using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Shop.AlipaySandbox;

/// <summary>The development mailbox's pages' queries: the latest messages, and one read as a mail program would.</summary>
public partial class Mailbox(SandboxDbContext db)
{
    public const int Listed = 200;

    public Task<List<MailboxEntry>> ListAsync(CancellationToken cancellationToken) =>
        db.Mails.AsNoTracking()
            .OrderByDescending(m => m.Id)
            .Take(Listed)
            .Select(m => new MailboxEntry(m.Id, m.ReceivedAt, m.From, m.To, m.Subject))
            .ToListAsync(cancellationToken);

    public async Task<MailboxMessage?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var mail = await db.Mails.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mail is null)
        {
            return null;
        }
        MimeMessage? message = null;
        try
        {
            using var stream = new MemoryStream(mail.Mime);
            message = await MimeMessage.LoadAsync(stream, cancellationToken);
        }
        catch (FormatException)
        {
            // Shown raw below.
        }
        var text = message?.TextBody;
        return new MailboxMessage(
            mail.Id,
            mail.ReceivedAt,
            message?.From.ToString() ?? mail.From,
            message?.To.ToString() ?? mail.To,
            mail.Subject,
            message?.Body?.Headers[HeaderId.ContentLanguage],
            text,
            message?.HtmlBody,
            text is null ? [] : Links().Matches(text).Select(m => m.Value).Distinct().ToList(),
            System.Text.Encoding.UTF8.GetString(mail.Mime));
    }

    public Task<int> ClearAsync(CancellationToken cancellationToken) => db.Mails.ExecuteDeleteAsync(cancellationToken);

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Links();
}

public sealed record MailboxEntry(int Id, DateTime ReceivedAt, string From, string To, string Subject);

/// <summary>One message as the mailbox shows it: headers, the plain text, the HTML, the links found in the text, and the raw MIME.</summary>
public sealed record MailboxMessage(
    int Id, DateTime ReceivedAt, string From, string To, string Subject, string? Language,
    string? Text, string? Html, IReadOnlyList<string> Links, string Raw);
