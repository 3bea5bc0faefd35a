using System.Globalization;

namespace Shop.Web;

/// <summary>
/// Times are stored in UTC and shown in China Standard Time (UTC+8, no daylight saving), the
/// shop's and Alipay's clock, whichever server the shop runs on. Days (today's sales, a date
/// range in a filter) are China's calendar days too.
/// </summary>
public static class ShopTime
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static string Format(DateTime utc) =>
        ToChina(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Format(DateTime? utc) => utc is { } value ? Format(value) : "";

    /// <summary>To the second, where the order of events within a minute matters (Alipay's notifications).</summary>
    public static string FormatWithSeconds(DateTime utc) =>
        ToChina(utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The day in China at the instant <paramref name="utc"/>.</summary>
    public static DateOnly ChinaDate(DateTime utc) => DateOnly.FromDateTime(ToChina(utc));

    /// <summary>The instant, in UTC, at which a day begins in China.</summary>
    public static DateTime StartOfChinaDay(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - ChinaOffset, DateTimeKind.Utc);

    private static DateTime ToChina(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc) + ChinaOffset;
}
