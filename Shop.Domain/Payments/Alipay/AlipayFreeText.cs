using System.Text;

namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// Free text that goes into a signed request (subject, body, the receive_* address fields).
/// The string that is signed is <c>name=value&amp;name=value</c>, unescaped: a value holding
/// <c>&amp; = % + #</c> or a control character can be read back as other parameters by a
/// careless gateway or proxy, so such characters never reach it (docs/alipay-protocol.md §2).
/// </summary>
public static class AlipayFreeText
{
    /// <summary>The characters a buyer is told not to use, as they are shown to them.</summary>
    public const string ForbiddenCharacters = "& = % + #";

    public static bool IsAllowed(char c) => c is not ('&' or '=' or '%' or '+' or '#') && !char.IsControl(c);

    /// <summary>Whether <paramref name="value"/> can be signed as it is.</summary>
    public static bool IsClean(string? value) => value is null || value.All(IsAllowed);

    /// <summary>The value with each forbidden character made a space, runs of spaces made one, and trimmed.</summary>
    public static string Clean(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (IsClean(value))
        {
            return value;
        }
        var cleaned = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            var kept = IsAllowed(c) ? c : ' ';
            if (kept != ' ' || (cleaned.Length > 0 && cleaned[^1] != ' '))
            {
                cleaned.Append(kept);
            }
        }
        return cleaned.ToString().Trim();
    }
}
