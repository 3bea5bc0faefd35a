using System.Net;
using Shop.Domain.Payments.Alipay;

namespace Shop.Web.Features.Payments;

/// <summary>
/// What is kept of a request that is rejected before it is believed: the start of its raw text,
/// its size and how many parameters it had, and where it came from. Bounded whatever was sent.
/// </summary>
public sealed record RequestEvidence(string RawText, long ByteCount, int? ParameterCount, string? RemoteAddress)
{
    /// <summary>A request that was refused before its body was read.</summary>
    public static RequestEvidence Unread(long byteCount, IPAddress? remoteAddress) =>
        new("", byteCount, null, remoteAddress?.ToString());

    /// <summary>A request read whole: a notify's body in its charset, or a return's query string.</summary>
    public static RequestEvidence Read(ReadOnlySpan<byte> raw, AlipayCharset charset, int parameterCount, IPAddress? remoteAddress)
    {
        var start = raw[..Math.Min(raw.Length, RejectedNotification.RawTextMaxLength)];
        var text = charset.Encoding.GetString(start);
        return new(text.Length <= RejectedNotification.RawTextMaxLength ? text : text[..RejectedNotification.RawTextMaxLength],
            raw.Length, parameterCount, remoteAddress?.ToString());
    }
}
