using System.Text;

namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// One record of a refund's <c>detail_data</c>: <c>trade_no^amount^reason</c>
/// (docs/alipay-protocol.md §6a). The reason is cleaned of the separators <c>^ | $ #</c> and cut
/// to <see cref="ReasonMaxBytes"/> bytes in the request's charset.
/// </summary>
public sealed record RefundDetail(string TradeNo, decimal Amount, string Reason)
{
    public const int ReasonMaxBytes = 256;

    /// <summary>The record as it is signed and sent, the reason made to fit <paramref name="charset"/>.</summary>
    public string Format(AlipayCharset charset)
    {
        ArgumentNullException.ThrowIfNull(charset);
        return $"{TradeNo}^{AlipayAmount.Format(Amount)}^{CleanReason(Reason, charset.Encoding)}";
    }

    /// <summary>The separators and control characters made spaces, runs of spaces one, trimmed, then cut to 256 bytes.</summary>
    public static string CleanReason(string reason, Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(encoding);
        var cleaned = new StringBuilder(reason.Length);
        foreach (var c in reason)
        {
            var kept = c is '^' or '|' or '$' or '#' || char.IsControl(c) || !AlipayFreeText.IsAllowed(c) ? ' ' : c;
            if (kept != ' ' || (cleaned.Length > 0 && cleaned[^1] != ' '))
            {
                cleaned.Append(kept);
            }
        }
        var text = cleaned.ToString().Trim();
        while (encoding.GetByteCount(text) > ReasonMaxBytes)
        {
            text = text[..^1];
        }
        return text.TrimEnd();
    }
}
