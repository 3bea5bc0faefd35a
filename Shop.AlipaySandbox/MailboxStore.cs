using System.Buffers;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Shop.AlipaySandbox;

/// <summary>Where the development mailbox's SMTP listener puts what it receives: the sandbox's own database.</summary>
public class MailboxStore(IServiceScopeFactory scopes, TimeProvider clock) : MessageStore
{
    public override async Task<SmtpResponse> SaveAsync(
        ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        var mime = buffer.ToArray();
        string subject;
        try
        {
            using var stream = new MemoryStream(mime);
            subject = (await MimeMessage.LoadAsync(stream, cancellationToken)).Subject ?? "";
        }
        catch (FormatException)
        {
            // Kept anyway: the page shows the raw text of what could not be read.
            subject = "(unreadable message)";
        }
        var from = transaction.From is { } sender ? $"{sender.User}@{sender.Host}" : "";
        var to = string.Join(", ", transaction.To.Select(mailbox => $"{mailbox.User}@{mailbox.Host}"));

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SandboxDbContext>();
        db.Mails.Add(new SandboxMail(from, to, subject, mime, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return SmtpResponse.Ok;
    }
}
