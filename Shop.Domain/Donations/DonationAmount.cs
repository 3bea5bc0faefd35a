using System.Globalization;
using System.Text.RegularExpressions;

namespace Shop.Domain.Donations;

public enum DonationAmountProblem
{
    None,
    Missing,
    NotANumber,
    TooSmall,
    TooLarge,
    TooManyDecimals,
}

/// <summary>
/// The amount a donor types: yuan with at most two decimals, from 0.01 up to the shop's maximum.
/// Read strictly: "1e9", "1,000" or "12.345" are refused with a reason, never rounded or guessed.
/// </summary>
public static partial class DonationAmount
{
    public const decimal Minimum = 0.01m;

    public static DonationAmountProblem TryParse(string? text, decimal maximum, out decimal amount)
    {
        amount = 0;
        var value = text?.Trim().TrimStart('¥', '￥').Trim();
        if (string.IsNullOrEmpty(value))
        {
            return DonationAmountProblem.Missing;
        }
        if (value.StartsWith('-') && Number().IsMatch(value[1..]))
        {
            return DonationAmountProblem.TooSmall;
        }
        if (!Number().IsMatch(value))
        {
            return DonationAmountProblem.NotANumber;
        }
        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            return DonationAmountProblem.TooLarge;
        }
        if (decimal.Round(parsed, 2) != parsed)
        {
            return DonationAmountProblem.TooManyDecimals;
        }
        if (parsed < Minimum)
        {
            return DonationAmountProblem.TooSmall;
        }
        if (parsed > maximum)
        {
            return DonationAmountProblem.TooLarge;
        }
        amount = parsed;
        return DonationAmountProblem.None;
    }

    [GeneratedRegex(@"^\d{1,20}(\.\d+)?$")]
    private static partial Regex Number();
}
