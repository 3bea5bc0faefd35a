using System.Globalization;
using System.Text.RegularExpressions;

namespace Shop.Domain.Payments.Alipay;

/// <summary>Amounts in yuan as the gateway writes and reads them: "0.01", "1234.50".</summary>
public static partial class AlipayAmount
{
    public const decimal Minimum = 0.01m;

    public const decimal Maximum = 100_000_000.00m;

    /// <summary>
    /// Two decimals, invariant culture, whatever the current culture is (a German server would
    /// otherwise send "10,50"). Amounts with more decimals are refused rather than rounded:
    /// rounding money is the caller's decision.
    /// </summary>
    public static string Format(decimal amount)
    {
        if (decimal.Round(amount, 2) != amount)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "An Alipay amount has at most two decimals.");
        }

        return amount.ToString("0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Reads an amount the strict way the gateway does: digits, optionally a point and one or
    /// two decimals, nothing else, between <see cref="Minimum"/> and <see cref="Maximum"/>.
    /// "10" equals 10.00.
    /// </summary>
    public static AlipayAmountProblem Validate(string? text, out decimal amount)
    {
        if (!TryParseFormat(text, out amount))
        {
            return AlipayAmountProblem.Malformed;
        }

        return amount is >= Minimum and <= Maximum ? AlipayAmountProblem.None : AlipayAmountProblem.OutOfRange;
    }

    /// <summary>
    /// The format part of <see cref="Validate"/> alone, for amounts where zero is allowed
    /// (<c>logistics_fee</c> with free shipping). Well-formed amounts too large for a decimal
    /// read as <see cref="decimal.MaxValue"/>, which is out of every range.
    /// </summary>
    public static bool TryParseFormat(string? text, out decimal amount)
    {
        amount = 0m;
        if (text is null || !StrictFormat().IsMatch(text))
        {
            return false;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            amount = decimal.MaxValue;
        }

        return true;
    }

    /// <summary>
    /// Reads an amount Alipay reports back (notifications, query answers), where a sign may
    /// appear (a negative <c>discount</c>). Never throws; false for anything else.
    /// </summary>
    public static bool TryParseReported(string? text, out decimal amount)
    {
        amount = 0m;
        return text is not null
            && ReportedFormat().IsMatch(text)
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    // Leading zeros ("007") are refused too: no client sends them on purpose.
    [GeneratedRegex(@"^(0|[1-9][0-9]*)(\.[0-9]{1,2})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex StrictFormat();

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex ReportedFormat();
}
