using System.Globalization;

namespace Shop.Web.Features.Payments;

/// <summary>When an unpaid order closes, from Alipay's it_b_pay value: <c>90m</c>, <c>2h</c>, <c>15d</c>, or <c>1c</c> (the end of the Beijing day).</summary>
public static class UnpaidTimeout
{
    private static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    public static DateTime Deadline(string itBPay, DateTime utcNow)
    {
        var value = itBPay.Trim();
        if (value == "1c")
        {
            var beijing = utcNow + BeijingOffset;
            return beijing.Date.AddDays(1) - BeijingOffset;
        }
        if (value.Length >= 2 && int.TryParse(value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount > 0)
        {
            switch (value[^1])
            {
                case 'm':
                    return utcNow.AddMinutes(amount);
                case 'h':
                    return utcNow.AddHours(amount);
                case 'd':
                    return utcNow.AddDays(amount);
            }
        }
        throw new FormatException($"Alipay:ItBPay '{itBPay}' is not 1m..15d in whole minutes, hours or days, or 1c.");
    }
}
