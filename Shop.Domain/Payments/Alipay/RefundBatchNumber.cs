using System.Globalization;
using System.Text.RegularExpressions;

namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// A refund's <c>batch_no</c>: the refund date written yyyyMMdd, then a serial of 3 to 24 digits or
/// letters; unique per partner and never reused (docs/alipay-protocol.md §6a).
/// </summary>
public static partial class RefundBatchNumber
{
    public const int SerialMinLength = 3;
    public const int SerialMaxLength = 24;
    public const int MaxLength = 8 + SerialMaxLength;

    public static bool IsWellFormed(string? batchNo) =>
        batchNo is not null && Format().IsMatch(batchNo)
        && DateOnly.TryParseExact(batchNo[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>The batch number of <paramref name="serial"/> on the China date <paramref name="date"/>.</summary>
    public static string For(DateOnly date, string serial)
    {
        var batchNo = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + serial;
        return IsWellFormed(batchNo) ? batchNo : throw new ArgumentException("A serial is 3 to 24 digits or letters.", nameof(serial));
    }

    [GeneratedRegex(@"^[0-9]{8}[0-9A-Za-z]{3,24}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
