using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// <c>application/x-www-form-urlencoded</c> in a chosen charset. <see cref="Uri.EscapeDataString(string)"/>
/// and ASP.NET's form reader only know UTF-8, while the gateway percent-encodes the bytes of
/// the request's charset (GBK bytes for <c>gbk</c>).
/// </summary>
public static class AlipayFormEncoding
{
    /// <summary>Percent-encodes a value as bytes of the charset. Spaces become <c>%20</c>.</summary>
    public static string Encode(string value, AlipayCharset charset)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(charset);

        var encoded = new StringBuilder(value.Length);
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.IsAscii && IsUnreserved((char)rune.Value))
            {
                encoded.Append((char)rune.Value);
                continue;
            }

            // Whole characters are encoded, so every byte of a GBK character becomes %XX,
            // even a trail byte that happens to be an ASCII letter.
            foreach (var b in charset.Encoding.GetBytes(rune.ToString()))
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    /// <summary><c>name=value&amp;...</c> with names and values encoded in the charset, in the given order.</summary>
    public static string EncodeForm(IEnumerable<KeyValuePair<string, string>> parameters, AlipayCharset charset)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return string.Join('&', parameters.Select(p => Encode(p.Key, charset) + "=" + Encode(p.Value, charset)));
    }

    /// <summary>
    /// The most parameters a form may have. Alipay's notifications and returns carry a few dozen
    /// (docs/alipay-protocol.md §4); a form with more is not Alipay's, and refusing it at the cap
    /// keeps the work done for it small whatever its size.
    /// </summary>
    public const int MaxParameters = 100;

    /// <summary>
    /// Decodes a form body or raw query string (a leading <c>?</c> is ignored) once: <c>+</c> is
    /// a space, <c>%XX</c> a byte, and the bytes are read in the charset. The result keeps the
    /// order of arrival. A form with more than <see cref="MaxParameters"/> parameters, or that
    /// names one twice (Alipay never does), is refused: nothing of it is decoded past the
    /// problem, and the rest is only counted. Linear in the length of the form.
    /// </summary>
    public static AlipayFormReadResult Read(ReadOnlySpan<byte> form, AlipayCharset charset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(charset);

        var parameters = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        var count = 0;
        var problem = AlipayFormProblem.None;
        string? repeatedName = null;
        form = WithoutQuestionMark(form);
        foreach (var range in form.Split((byte)'&'))
        {
            var pair = form[range];
            if (pair.IsEmpty)
            {
                continue;
            }

            count++;
            if (count % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (problem != AlipayFormProblem.None)
            {
                continue;
            }

            if (count > MaxParameters)
            {
                problem = AlipayFormProblem.TooManyParameters;
                continue;
            }

            var equals = pair.IndexOf((byte)'=');
            var name = Decode(equals < 0 ? pair : pair[..equals], charset);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..], charset);
            if (!parameters.TryAdd(name, value))
            {
                problem = AlipayFormProblem.RepeatedName;
                repeatedName = name;
            }
        }

        return problem == AlipayFormProblem.None
            ? new AlipayFormReadResult(parameters, problem, count, null)
            : new AlipayFormReadResult(new OrderedDictionary<string, string>(), problem, count, repeatedName);
    }

    /// <summary>
    /// <see cref="Read(ReadOnlySpan{byte}, AlipayCharset, CancellationToken)"/> for a form that is
    /// expected to be well formed: one that is refused throws.
    /// </summary>
    /// <exception cref="FormatException">Too many parameters, or a name given twice.</exception>
    public static IReadOnlyDictionary<string, string> Parse(ReadOnlySpan<byte> form, AlipayCharset charset)
    {
        var result = Read(form, charset);
        return result.IsRefused ? throw new FormatException(result.Describe()) : result.Parameters;
    }

    /// <summary>
    /// Same as the byte overload for a form already held as text. Percent-encoded text is
    /// ASCII; any other character in it is taken as the charset's bytes for that character.
    /// </summary>
    public static AlipayFormReadResult Read(string form, AlipayCharset charset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(charset);
        return Read(charset.Encoding.GetBytes(form), charset, cancellationToken);
    }

    /// <inheritdoc cref="Parse(ReadOnlySpan{byte}, AlipayCharset)"/>
    public static IReadOnlyDictionary<string, string> Parse(string form, AlipayCharset charset)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(charset);
        return Parse(charset.Encoding.GetBytes(form), charset);
    }

    /// <summary>
    /// The charset a raw form says it is in through <c>_input_charset</c>, or
    /// <paramref name="whenAbsent"/> when it does not say: the charset the receiver asked for
    /// (a notification comes in the charset of the original request), or
    /// <see cref="AlipayCharset.GatewayDefault"/> for the gateway. False when the form names a
    /// charset the gateway does not accept (ILLEGAL_CHARSET). Only names are decoded on the way
    /// to it, so this is linear in the form, whatever the form holds.
    /// </summary>
    public static bool TryDetectCharset(
        ReadOnlySpan<byte> form,
        AlipayCharset whenAbsent,
        [NotNullWhen(true)] out AlipayCharset? charset)
    {
        ArgumentNullException.ThrowIfNull(whenAbsent);

        // The name and value of _input_charset are ASCII in every accepted charset, so reading
        // them as UTF-8 is enough to find it before the real charset is known.
        var declared = "";
        form = WithoutQuestionMark(form);
        foreach (var range in form.Split((byte)'&'))
        {
            var pair = form[range];
            var equals = pair.IndexOf((byte)'=');
            if (equals > 0 && Decode(pair[..equals], AlipayCharset.Utf8) == "_input_charset")
            {
                declared = Decode(pair[(equals + 1)..], AlipayCharset.Utf8);
                break;
            }
        }

        if (declared.Length == 0)
        {
            charset = whenAbsent;
            return true;
        }

        return AlipayCharset.TryFromName(declared, out charset);
    }

    /// <inheritdoc cref="TryDetectCharset(ReadOnlySpan{byte}, AlipayCharset, out AlipayCharset?)"/>
    public static bool TryDetectCharset(
        string form,
        AlipayCharset whenAbsent,
        [NotNullWhen(true)] out AlipayCharset? charset)
    {
        ArgumentNullException.ThrowIfNull(form);
        return TryDetectCharset(Encoding.UTF8.GetBytes(form), whenAbsent, out charset);
    }

    private static ReadOnlySpan<byte> WithoutQuestionMark(ReadOnlySpan<byte> form) =>
        !form.IsEmpty && form[0] == (byte)'?' ? form[1..] : form;

    private static string Decode(ReadOnlySpan<byte> encoded, AlipayCharset charset)
    {
        var bytes = new byte[encoded.Length];
        var length = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b == (byte)'+')
            {
                bytes[length++] = (byte)' ';
            }
            else if (b == (byte)'%' && i + 2 < encoded.Length && IsHex(encoded[i + 1]) && IsHex(encoded[i + 2]))
            {
                bytes[length++] = (byte)((HexValue(encoded[i + 1]) << 4) | HexValue(encoded[i + 2]));
                i += 2;
            }
            else
            {
                // A '%' not followed by two hex digits is kept as it is, like ASP.NET does.
                bytes[length++] = b;
            }
        }

        return charset.Encoding.GetString(bytes, 0, length);
    }

    private static bool IsUnreserved(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => b switch
    {
        <= (byte)'9' => b - '0',
        <= (byte)'F' => b - 'A' + 10,
        _ => b - 'a' + 10,
    };
}
