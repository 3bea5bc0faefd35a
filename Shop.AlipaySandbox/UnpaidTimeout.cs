using System.Globalization;
using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>
/// When an unpaid trade closes by itself, from its <c>it_b_pay</c>: whole minutes, hours or days,
/// or <c>1c</c>, which the sandbox takes as the end of the Beijing day the trade was created on.
/// The format was already checked by the request rules.
/// </summary>
public static class UnpaidTimeout
{
    public static DateTime? Deadline(string? itBPay, DateTime createdUtc)
    {
        if (string.IsNullOrEmpty(itBPay))
        {
            return null;
        }

        if (itBPay == "1c")
        {
            var beijingMidnight = (createdUtc + BeijingTime.Offset).Date.AddDays(1);
            return DateTime.SpecifyKind(beijingMidnight - BeijingTime.Offset, DateTimeKind.Utc);
        }

        var count = int.Parse(itBPay[..^1], CultureInfo.InvariantCulture);
        return itBPay[^1] switch
        {
            'm' => createdUtc.AddMinutes(count),
            'h' => createdUtc.AddHours(count),
            _ => createdUtc.AddDays(count),
        };
    }
}
