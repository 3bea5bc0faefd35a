using System.Globalization;

namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// <c>it_b_pay</c>: how long a trade waits for payment before it closes. Whole minutes, hours or
/// days (<c>90m</c>, <c>2h</c>, <c>15d</c>; never <c>1.5h</c>), or <c>1c</c>, the end of the day
/// in China on which the trade was created (docs/alipay-protocol.md §3). The one reading of it: the
/// request rules, the shop's order deadlines and the sandbox's trades all use this.
/// </summary>
public sealed class AlipayUnpaidTimeout
{
    /// <summary>The end of the day (in China) the trade was created on.</summary>
    public const string EndOfDay = "1c";

    /// <summary>The longest timeout Alipay accepts: 15 days.</summary>
    public const int LongestMinutes = 15 * 24 * 60;

    private AlipayUnpaidTimeout(long? minutes) => Minutes = minutes;

    /// <summary>How long the trade stays open, in minutes; null for <c>1c</c>.</summary>
    public long? Minutes { get; }

    /// <summary>No longer than Alipay accepts (15 days).</summary>
    public bool IsWithinLimit => Minutes is not { } minutes || minutes <= LongestMinutes;

    /// <summary>
    /// Reads a value written as the protocol says: <c>1c</c>, or a whole number from 1 without
    /// leading zeros followed by <c>m</c>, <c>h</c> or <c>d</c>. Whether it is too long is
    /// <see cref="IsWithinLimit"/>'s to say.
    /// </summary>
    public static bool TryParse(string? text, out AlipayUnpaidTimeout timeout)
    {
        timeout = new AlipayUnpaidTimeout(null);
        if (text == EndOfDay)
        {
            return true;
        }

        if (text is not { Length: >= 2 } || text[0] is < '1' or > '9'
            || !long.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return false;
        }

        long? minutesPerUnit = text[^1] switch
        {
            'm' => 1,
            'h' => 60,
            'd' => 24 * 60,
            _ => null,
        };
        if (minutesPerUnit is not { } perUnit || count > long.MaxValue / perUnit)
        {
            return false;
        }

        timeout = new AlipayUnpaidTimeout(count * perUnit);
        return true;
    }

    /// <summary>
    /// The <c>it_b_pay</c> of a request sent again for a trade that must close at
    /// <paramref name="deadlineUtc"/>: the whole minutes left, at least <c>1m</c>, so that paying
    /// later never opens a fresh full period on the gateway.
    /// </summary>
    public static string Remaining(DateTime deadlineUtc, DateTime nowUtc)
    {
        var minutes = (long)Math.Floor((deadlineUtc - nowUtc).TotalMinutes);
        return Math.Clamp(minutes, 1, LongestMinutes).ToString(CultureInfo.InvariantCulture) + "m";
    }

    /// <summary>When a trade created at <paramref name="createdUtc"/> closes if still unpaid, in UTC.</summary>
    public DateTime DeadlineFor(DateTime createdUtc)
    {
        var created = DateTime.SpecifyKind(createdUtc, DateTimeKind.Utc);
        return Minutes is { } minutes
            ? created.AddMinutes(minutes)
            : ChinaTime.StartOf(ChinaTime.DateOf(created).AddDays(1));
    }
}
