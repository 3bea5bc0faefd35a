namespace Shop.AlipaySandbox;

/// <summary>
/// A refund_fastpay_by_platform_pwd request the gateway took (docs/alipay-protocol.md §6a): its
/// batch_no is used up whatever comes of it; the seller confirms it with the password, then
/// the result goes to its notify_url.
/// </summary>
public class SandboxRefundBatch
{
    private SandboxRefundBatch()
    {
    }

    public int Id { get; private set; }

    public string Partner { get; private set; } = "";

    public string BatchNo { get; private set; } = "";

    public string Charset { get; private set; } = "";

    public string? NotifyUrl { get; private set; }

    /// <summary>detail_data as it arrived: trade_no^amount^reason records joined by #.</summary>
    public string DetailData { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime? ConfirmedAt { get; private set; }

    /// <summary>result_details once confirmed.</summary>
    public string? ResultDetails { get; private set; }

    public int SuccessNum { get; private set; }

    public bool IsConfirmed => ConfirmedAt is not null;

    public IEnumerable<(string TradeNo, decimal Amount, string Reason)> Records =>
        DetailData.Split('#').Select(record => record.Split('^')).Select(parts =>
            (parts[0], decimal.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), parts[2]));

    public static SandboxRefundBatch Take(string partner, string batchNo, string charset, string? notifyUrl, string detailData, DateTime now) => new()
    {
        Partner = partner,
        BatchNo = batchNo,
        Charset = charset,
        NotifyUrl = notifyUrl,
        DetailData = detailData,
        CreatedAt = now,
    };

    public void Confirm(string resultDetails, int successNum, DateTime now)
    {
        if (IsConfirmed)
        {
            throw new InvalidOperationException($"Batch {BatchNo} was already confirmed.");
        }

        ResultDetails = resultDetails;
        SuccessNum = successNum;
        ConfirmedAt = now;
    }
}
