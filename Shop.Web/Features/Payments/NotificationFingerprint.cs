using System.Security.Cryptography;
using System.Text;

namespace Shop.Web.Features.Payments;

/// <summary>
/// Identifies one notification: a hash over every parameter, the signature included, in name
/// order. Two arrivals with the same fingerprint are the same notification sent again.
/// </summary>
public static class NotificationFingerprint
{
    public static string Of(IReadOnlyDictionary<string, string> parameters)
    {
        var canonical = string.Join("&", parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
