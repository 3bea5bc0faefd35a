using System.Globalization;

namespace Shop.Web;

/// <summary>
/// Times are stored in UTC and shown in China Standard Time (UTC+8, no daylight saving), the
/// shop's and Alipay's clock, whichever server the shop runs on.
/// </summary>
public static class ShopTime
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static string Format(DateTime utc) =>
        (DateTime.SpecifyKind(utc, DateTimeKind.Utc) + ChinaOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Format(DateTime? utc) => utc is { } value ? Format(value) : "";
}
