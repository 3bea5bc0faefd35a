using System.Security.Cryptography;

namespace Shop.AlipaySandbox;

/// <summary>A notify_id the sandbox handed out, and whether notify_verify still confirms it.</summary>
public class IssuedNotifyId
{
    private IssuedNotifyId()
    {
    }

    public const int MaxLength = 128;

    public string Value { get; private set; } = "";

    public string Partner { get; private set; } = "";

    public NotifyIdChannel Channel { get; private set; }

    public DateTime IssuedAt { get; private set; }

    /// <summary>Null for a notify's id, which lives until acknowledged.</summary>
    public DateTime? ExpiresAt { get; private set; }

    public DateTime? AcknowledgedAt { get; private set; }

    public bool IsValid(DateTime now) => AcknowledgedAt is null && (ExpiresAt is null || now < ExpiresAt);

    public static IssuedNotifyId ForNotify(string value, string partner, DateTime now) =>
        new() { Value = value, Partner = partner, Channel = NotifyIdChannel.Notify, IssuedAt = now };

    public static IssuedNotifyId ForReturn(string value, string partner, DateTime now, TimeSpan lifetime) =>
        new() { Value = value, Partner = partner, Channel = NotifyIdChannel.Return, IssuedAt = now, ExpiresAt = now + lifetime };

    public void Acknowledge(DateTime now) => AcknowledgedAt ??= now;

    /// <summary>
    /// A new id in the style of Alipay's old ones: base64 text whose <c>/</c> and <c>+</c> are
    /// already percent-encoded. It always holds a <c>%2F</c>, so a merchant that decodes the
    /// id a second time (docs/alipay-protocol.md §8) fails here as it would on Alipay.
    /// </summary>
    public static string NewValue()
    {
        string Part(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes))
            .TrimEnd('=')
            .Replace("/", "%2F")
            .Replace("+", "%2B");

        return Part(15) + "%2F" + Part(15);
    }
}
