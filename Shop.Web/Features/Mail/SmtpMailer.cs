using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Shop.Web.Features.Mail;

/// <summary>
/// One connection to the SMTP server (<c>Mail:*</c>) through MailKit, opened on the first message
/// and closed when disposed. The password goes to the server only, never to a log.
/// </summary>
public sealed class SmtpMailer(IOptionsMonitor<MailOptions> options) : IAsyncDisposable
{
    private readonly SmtpClient _client = new() { Timeout = 30_000 };

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (!_client.IsConnected)
        {
            await _client.ConnectAsync(settings.Host!, settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.User))
            {
                await _client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
            }
        }
        await _client.SendAsync(ToMime(message, settings), cancellationToken);
    }

    public static MimeMessage ToMime(OutboxMessage message, MailOptions settings)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(MailboxAddress.Parse(message.Recipient));
        mime.Subject = message.Subject;
        // The same id every time this row is sent: a copy sent again after a crash is recognisably the same mail.
        mime.MessageId = $"outbox-{message.Id}.{message.CreatedAt.Ticks}@{MailboxAddress.Parse(settings.From).Domain}";
        mime.Headers.Add("X-Shop-Mail-Kind", message.Kind.ToString());
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        // A Content-* header belongs to the body part in MIME.
        mime.Body.Headers.Add(HeaderId.ContentLanguage, message.Culture);
        return mime;
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            try
            {
                await _client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or MailKit.ProtocolException or MailKit.CommandException or OperationCanceledException)
            {
                // Everything was sent and marked already; a server that hangs up first is fine.
            }
        }
        _client.Dispose();
    }
}
