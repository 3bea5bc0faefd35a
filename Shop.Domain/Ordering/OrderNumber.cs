using System.Security.Cryptography;

namespace Shop.Domain.Ordering;

/// <summary>
/// The order number, also Alipay's <c>out_trade_no</c>: the date and time in China of placing plus
/// six random digits (20 characters, well under Alipay's 64). Uniqueness is guarded by the
/// database; a collision is retried with new digits.
/// </summary>
public static class OrderNumber
{
    public const int Length = 20;

    public static string New(DateTime utcNow) =>
        ChinaTime.At(utcNow).ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture)
        + RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsWellFormed(string? value) =>
        value is { Length: Length } && value.All(char.IsAsciiDigit);
}
