using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Shop.Tests.Web.Admin;

/// <summary>Files to upload as product pictures: a real PNG, and files that only pretend to be pictures.</summary>
public static class TestImages
{
    /// <summary>A real 4 × 3 PNG, drawn here so that the test needs no binary file.</summary>
    public static readonly byte[] Png = DrawPng(4, 3);

    /// <summary>Text in a file named .png and declared as image/png.</summary>
    public static readonly byte[] TextPretendingToBePng = Encoding.UTF8.GetBytes("this is not a picture, only its name says so\n");

    public static readonly byte[] Svg = Encoding.UTF8.GetBytes(
        """<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>""");

    /// <summary>A PNG's signature followed by <paramref name="size"/> bytes in all: a picture too large to take.</summary>
    public static byte[] PngOfSize(int size)
    {
        var bytes = new byte[size];
        Png.AsSpan(0, 8).CopyTo(bytes);
        return bytes;
    }

    private static byte[] DrawPng(int width, int height)
    {
        // Each row: filter byte 0, then RGB pixels (a teal square).
        var raw = new byte[height * (1 + width * 3)];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var at = y * (1 + width * 3) + 1 + x * 3;
                (raw[at], raw[at + 1], raw[at + 2]) = (0x1a, 0x9c, 0x8e);
            }
        }
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 2; // truecolour RGB

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    /// <summary>The CRC-32 every PNG chunk ends with (the zlib polynomial, bit by bit: speed does not matter here).</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }
}
