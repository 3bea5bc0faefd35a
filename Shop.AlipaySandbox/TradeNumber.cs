using System.Globalization;
using System.Security.Cryptography;
using Shop.Domain;

namespace Shop.AlipaySandbox;

/// <summary>
/// Alipay's trade_no: 28 digits, the date in China, 21001004, then 12 more digits
/// (2026112521001004123456789012). The last digits are random, so a sandbox trade number is
/// never mistaken for a sequence the shop could guess.
/// </summary>
public static class TradeNumber
{
    public const int Length = 28;

    public static string New(DateTime utcNow)
    {
        var date = ChinaTime.At(utcNow).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var serial = string.Concat(Enumerable.Range(0, 12).Select(_ => RandomNumberGenerator.GetInt32(10).ToString(CultureInfo.InvariantCulture)));
        return date + "21001004" + serial;
    }
}
