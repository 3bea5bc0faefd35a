using System.Globalization;
using System.Text.RegularExpressions;

namespace Shop.Domain.Catalog;

/// <summary>Rules every price in the shop follows: yuan, more than zero, at most two decimal places.</summary>
public static partial class Price
{
    public const decimal Max = 100_000_000m;

    public static bool IsValid(decimal value) =>
        value > 0 && value <= Max && decimal.Round(value, 2) == value;

    public static decimal Require(decimal value, string parameterName) =>
        IsValid(value)
            ? value
            : throw new ArgumentOutOfRangeException(parameterName, value,
                "A price is more than 0 and at most 100000000, with at most two decimal places.");

    /// <summary>
    /// Reads a price as a person types it: digits with an optional decimal point, whatever the
    /// page's language. "1e3", "1,000" or "12.345" are refused with a reason, never rounded or guessed.
    /// </summary>
    public static PriceProblem TryParse(string? text, out decimal price)
    {
        price = 0;
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return PriceProblem.Missing;
        }
        if (value.StartsWith('-') && Number().IsMatch(value[1..]))
        {
            return PriceProblem.NotPositive;
        }
        if (!Number().IsMatch(value))
        {
            return PriceProblem.NotANumber;
        }
        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            return PriceProblem.TooLarge;
        }
        if (decimal.Round(parsed, 2) != parsed)
        {
            return PriceProblem.TooManyDecimals;
        }
        if (parsed <= 0)
        {
            return PriceProblem.NotPositive;
        }
        if (parsed > Max)
        {
            return PriceProblem.TooLarge;
        }
        price = parsed;
        return PriceProblem.None;
    }

    [GeneratedRegex(@"^\d{1,20}(\.\d+)?$")]
    private static partial Regex Number();
}
