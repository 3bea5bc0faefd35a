using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Shop.Tests.Web.Account;

/// <summary>
/// What an authenticator app computes from the shared key (RFC 6238: HMAC-SHA1 of the 30-second
/// step, 6 digits), written out here so the tests check the shop against the standard, not against itself.
/// </summary>
public static class Totp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static readonly string[] Candidates = ["000000", "111111", "222222"];

    /// <param name="sharedKey">The key as the shop shows it: base32, in any case, with spaces.</param>
    /// <param name="stepsAhead">A later step than now: a code other than one just used, still inside the shop's window.</param>
    public static string Code(string sharedKey, int stepsAhead = 0)
    {
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 + stepsAhead;
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238's default, which authenticator apps (and Identity) use.
        var hash = HMACSHA1.HashData(Base32(sharedKey), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var number = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7fffffff) % 1_000_000;
        return number.ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>A code that no step near now gives, so the shop must refuse it.</summary>
    public static string Wrong(string sharedKey)
    {
        var near = Enumerable.Range(-4, 9).Select(step => Code(sharedKey, step)).ToHashSet();
        return Candidates.First(code => !near.Contains(code));
    }

    private static byte[] Base32(string text)
    {
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            buffer = (buffer << 5) | Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }
}
