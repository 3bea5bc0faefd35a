using MailKit.Security;

namespace Shop.Web.Features.Mail;

/// <summary>
/// The <c>Mail</c> section: the SMTP server the shop sends through. Without a host nothing is
/// sent (messages wait in the outbox); in Development the host defaults to the local mailbox.
/// </summary>
public class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>MailKit's names: None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? User { get; set; }

    /// <summary>Never logged, never shown.</summary>
    public string? Password { get; set; }

    /// <summary>The sender, as <c>address</c> or <c>Name &lt;address&gt;</c>.</summary>
    public string From { get; set; } = "shop@localhost";

    /// <summary>How often the sender looks for messages that are due.</summary>
    public int PollIntervalMilliseconds { get; set; } = 2000;

    /// <summary>Attempts before the sender gives a message up (the admin can still resend it).</summary>
    public int MaxAttempts { get; set; } = 10;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public override string ToString() =>
        $"Mail {{ Host = {Host}, Port = {Port}, Security = {Security}, User = {User}, Password = (hidden), From = {From} }}";
}
