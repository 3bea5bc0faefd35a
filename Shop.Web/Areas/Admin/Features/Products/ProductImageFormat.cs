using System.Text;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>
/// The picture formats the shop accepts, recognised by their first bytes: a file's name and the
/// type the browser declares are the uploader's to choose, its content is what browsers render.
/// SVG is never accepted, since an SVG can carry script.
/// </summary>
public sealed record ProductImageFormat(string Extension, string ContentType)
{
    /// <summary>How much of a file's start to read: enough for every signature, and for an SVG's root element.</summary>
    public const int HeaderLength = 512;

    public static readonly ProductImageFormat Jpeg = new(".jpg", "image/jpeg");
    public static readonly ProductImageFormat Png = new(".png", "image/png");
    public static readonly ProductImageFormat Gif = new(".gif", "image/gif");
    public static readonly ProductImageFormat WebP = new(".webp", "image/webp");

    public static readonly IReadOnlyList<ProductImageFormat> All = [Jpeg, Png, Gif, WebP];

    private static readonly byte[] JpegStart = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngStart = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The format of a file starting with <paramref name="header"/>, or null when it is none the shop accepts.</summary>
    public static ProductImageFormat? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(JpegStart))
        {
            return Jpeg;
        }
        if (header.StartsWith(PngStart))
        {
            return Png;
        }
        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return Gif;
        }
        // RIFF, four bytes of length, then WEBP.
        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }
        return null;
    }

    /// <summary>Whether an upload is an SVG picture, to tell the uploader why it was refused.</summary>
    public static bool LooksLikeSvg(string fileName, string? contentType, ReadOnlySpan<byte> header) =>
        fileName.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)
        || (contentType?.Contains("svg", StringComparison.OrdinalIgnoreCase) ?? false)
        || Encoding.UTF8.GetString(header).Contains("<svg", StringComparison.OrdinalIgnoreCase);
}
