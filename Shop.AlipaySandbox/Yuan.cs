using System.Globalization;

namespace Shop.AlipaySandbox;

/// <summary>How the sandbox's pages show money, whatever the page's language: ¥1,234.50.</summary>
public static class Yuan
{
    public static string Format(decimal amount) =>
        amount.ToString("¥#,##0.00", CultureInfo.InvariantCulture);
}
