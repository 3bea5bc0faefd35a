using System.Globalization;

namespace Shop.Web;

/// <summary>How the shop shows money, whatever the page's language: ¥1,234.50.</summary>
public static class Yuan
{
    public static string Format(decimal amount) =>
        amount.ToString("¥#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>The amount as a plain number with two decimals, for data attributes: 1234.50.</summary>
    public static string Plain(decimal amount) =>
        amount.ToString("0.00", CultureInfo.InvariantCulture);
}
