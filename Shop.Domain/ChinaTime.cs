using System.Globalization;

namespace Shop.Domain;

/// <summary>
/// China Standard Time: UTC+8 all year, no daylight saving. Alipay writes its times on this clock
/// (<c>yyyy-MM-dd HH:mm:ss</c>, without saying so), and the shop shows times and counts days on it,
/// whichever server it runs on; everything stored is UTC. The protocol code and the shop both use
/// this one type, which knows neither.
/// </summary>
public static class ChinaTime
{
    /// <summary>How Alipay writes a time (<c>gmt_create</c>, <c>gmt_payment</c>...): to the second.</summary>
    public const string Pattern = "yyyy-MM-dd HH:mm:ss";

    private const string MinutePattern = "yyyy-MM-dd HH:mm";

    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The instant on China's clock. The time is taken as UTC whatever its Kind says (SQLite keeps none).</summary>
    public static DateTimeOffset At(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Offset);

    /// <summary>The instant as Alipay writes it. Pass a UTC or offset-bearing time, not a local one.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToOffset(Offset).ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>The UTC instant as Alipay writes it, to the second.</summary>
    public static string Format(DateTime utc) => Format(At(utc));

    /// <summary>To the minute, as pages show a time.</summary>
    public static string FormatToMinute(DateTime utc) => At(utc).ToString(MinutePattern, CultureInfo.InvariantCulture);

    public static string FormatToMinute(DateTime? utc) => utc is { } value ? FormatToMinute(value) : "";

    /// <summary>Reads a time written as Alipay writes it, as an instant at +08:00; <c>.UtcDateTime</c> gives UTC.</summary>
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

    /// <summary>The calendar day in China at the instant <paramref name="utc"/>.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(At(utc).DateTime);

    /// <summary>The instant, in UTC, at which a day begins in China.</summary>
    public static DateTime StartOf(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);
}
