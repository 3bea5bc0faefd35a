using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// A charset the gateway accepts in <c>_input_charset</c>. Signing, URL encoding and form
/// decoding all work on the bytes of this charset, so it travels with every request.
/// </summary>
public sealed class AlipayCharset
{
    static AlipayCharset()
    {
        // GBK lives in the code pages provider, which .NET does not register by itself.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        Utf8 = new AlipayCharset("utf-8", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Gbk = new AlipayCharset("gbk", Encoding.GetEncoding("gbk"));
        Gb2312 = new AlipayCharset("gb2312", Encoding.GetEncoding("gb2312"));
    }

    private AlipayCharset(string name, Encoding encoding)
    {
        Name = name;
        Encoding = encoding;
    }

    public static AlipayCharset Utf8 { get; }

    public static AlipayCharset Gbk { get; }

    public static AlipayCharset Gb2312 { get; }

    /// <summary>
    /// What the gateway assumes when a request has no <c>_input_charset</c>
    /// (docs/alipay-protocol.md §2). The shop itself always sends one.
    /// </summary>
    public static AlipayCharset GatewayDefault => Gbk;

    /// <summary>The name as it is sent in <c>_input_charset</c>.</summary>
    public string Name { get; }

    public Encoding Encoding { get; }

    public static bool TryFromName(string? name, [NotNullWhen(true)] out AlipayCharset? charset)
    {
        charset = name?.ToLowerInvariant() switch
        {
            "utf-8" => Utf8,
            "gbk" => Gbk,
            "gb2312" => Gb2312,
            _ => null,
        };
        return charset is not null;
    }

    /// <exception cref="AlipayArgumentException">The name is not a charset the gateway accepts (ILLEGAL_CHARSET).</exception>
    public static AlipayCharset FromName(string? name)
    {
        if (TryFromName(name, out var charset))
        {
            return charset;
        }

        throw new AlipayArgumentException(new AlipayRuleViolation(
            AlipayErrorCodes.IllegalCharset,
            "_input_charset",
            $"must be utf-8, gbk or gb2312, not '{name}'"));
    }

    /// <summary>
    /// Touching this type runs the static constructor, which registers the code pages. Readers
    /// that meet "gbk" in an XML declaration call this first.
    /// </summary>
    internal static void EnsureCodePagesRegistered()
    {
    }

    public override string ToString() => Name;
}
