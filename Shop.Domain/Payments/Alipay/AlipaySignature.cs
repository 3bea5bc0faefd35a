using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// The gateway's MD5 signature (docs/alipay-protocol.md §2): MD5 over the canonical string followed
/// by the merchant key, hashed as bytes of the request's charset.
/// </summary>
public static class AlipaySignature
{
    public const string SignTypeMd5 = "MD5";

    /// <summary>
    /// Every parameter except <c>sign</c>, <c>sign_type</c> and empty values, sorted by name in
    /// ordinal order, joined as <c>name=value</c> with <c>&amp;</c>, values raw. The key is not
    /// part of it, so this string is safe to log.
    /// </summary>
    public static string CanonicalString(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);

        var signed = parameters
            .Where(p => p.Key != "sign" && p.Key != "sign_type" && !string.IsNullOrEmpty(p.Value))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value);
        return string.Join('&', signed);
    }

    /// <summary>The 32-character lower-case hex MD5 sign of the parameters.</summary>
    [SuppressMessage("Security", "CA5351", Justification = "The legacy gateway signs with MD5 and nothing else (docs/alipay-protocol.md §2).")]
    public static string Sign(IEnumerable<KeyValuePair<string, string>> parameters, string key, AlipayCharset charset)
    {
        ArgumentNullException.ThrowIfNull(charset);
        ArgumentException.ThrowIfNullOrEmpty(key);

        var bytes = charset.Encoding.GetBytes(CanonicalString(parameters) + key);
        return Convert.ToHexStringLower(MD5.HashData(bytes));
    }

    /// <summary>
    /// True when <paramref name="sign"/> is the lower-case sign of the parameters. The
    /// parameters may include <c>sign</c> and <c>sign_type</c>; they are not signed.
    /// </summary>
    public static bool Verify(
        IEnumerable<KeyValuePair<string, string>> parameters,
        string? sign,
        string key,
        AlipayCharset charset)
    {
        if (sign is null || !IsLowerCaseHex(sign))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(parameters, key, charset));
        var actual = Encoding.ASCII.GetBytes(sign);
        // Constant time, so the time a wrong sign takes to reject says nothing about the right one.
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    private static bool IsLowerCaseHex(string sign) =>
        sign.Length == 32 && sign.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
