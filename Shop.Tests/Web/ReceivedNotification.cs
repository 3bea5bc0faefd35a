using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Web;

/// <summary>One POST to the <see cref="NotifySink"/>, as its bytes arrived.</summary>
public sealed record ReceivedNotification(string Sink, byte[] Body, string? ContentType, DateTimeOffset ReceivedAt)
{
    /// <summary>The form decoded once in the charset the notification was sent in.</summary>
    public IReadOnlyDictionary<string, string> Parameters(AlipayCharset charset) => AlipayFormEncoding.Parse(Body, charset);
}
