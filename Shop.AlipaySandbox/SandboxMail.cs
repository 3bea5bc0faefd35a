namespace Shop.AlipaySandbox;

/// <summary>
/// A message that reached the development mailbox over SMTP, kept whole as it arrived (its MIME
/// text) with the envelope and subject for the list.
/// </summary>
public class SandboxMail
{
    public const int AddressMaxLength = 320;
    public const int SubjectMaxLength = 300;

    private SandboxMail()
    {
        From = "";
        To = "";
        Subject = "";
        Mime = [];
    }

    public SandboxMail(string from, string to, string subject, byte[] mime, DateTime receivedAt)
    {
        From = Cut(from, AddressMaxLength);
        To = Cut(to, AddressMaxLength);
        Subject = Cut(subject, SubjectMaxLength);
        Mime = mime;
        ReceivedAt = receivedAt;
    }

    public int Id { get; private set; }
    public DateTime ReceivedAt { get; private set; }

    /// <summary>The envelope's sender (MAIL FROM).</summary>
    public string From { get; private set; }

    /// <summary>The envelope's recipients (RCPT TO), comma-separated.</summary>
    public string To { get; private set; }

    public string Subject { get; private set; }

    /// <summary>The message as the server received it.</summary>
    public byte[] Mime { get; private set; }

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
