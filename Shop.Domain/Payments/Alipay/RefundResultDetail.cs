namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// One record of a <c>batch_refund_notify</c>'s <c>result_details</c>: <c>trade_no^amount^result</c>,
/// the result <c>SUCCESS</c> or an error code; further <c>$</c>-separated parts (fees) are ignored
/// (docs/alipay-protocol.md §6a).
/// </summary>
public sealed record RefundResultDetail(string TradeNo, decimal? Amount, string Result)
{
    public const string Success = "SUCCESS";

    public bool Succeeded => string.Equals(Result, Success, StringComparison.OrdinalIgnoreCase);

    /// <summary>The records of <paramref name="resultDetails"/>; one that does not read is left out.</summary>
    public static IReadOnlyList<RefundResultDetail> ParseAll(string? resultDetails)
    {
        if (string.IsNullOrEmpty(resultDetails))
        {
            return [];
        }
        var details = new List<RefundResultDetail>();
        foreach (var record in resultDetails.Split('#', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = record.Split('$')[0].Split('^');
            if (parts.Length >= 3 && parts[0].Length > 0 && parts[2].Length > 0)
            {
                details.Add(new RefundResultDetail(
                    parts[0],
                    AlipayAmount.TryParseReported(parts[1], out var amount) ? amount : null,
                    parts[2]));
            }
        }
        return details;
    }
}
