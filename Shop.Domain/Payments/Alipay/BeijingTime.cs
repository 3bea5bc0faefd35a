using System.Globalization;

namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// Alipay writes times as <c>yyyy-MM-dd HH:mm:ss</c> on Beijing's clock (UTC+8, no daylight
/// saving), without saying so. These methods make the offset explicit.
/// </summary>
public static class BeijingTime
{
    public const string Pattern = "yyyy-MM-dd HH:mm:ss";

    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The instant as Alipay writes it. Pass a UTC or offset-bearing time, not a local one.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToOffset(Offset).ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>Reads an Alipay time as an instant at +08:00; <c>.UtcDateTime</c> gives UTC.</summary>
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (!DateTime.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock)
            || clock < DateTime.MinValue + Offset)
        {
            return false;
        }

        instant = new DateTimeOffset(clock, Offset);
        return true;
    }
}
