using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace MotCua.Domain.Qr;

/// <summary>
/// A minimal PNG writer for grayscale images (bit depth 1 or 8): IHDR, one zlib IDAT, IEND.
/// Enough for QR codes, where a 1-bit image of a version-3 symbol is a few hundred bytes.
/// </summary>
public static class PngEncoder
{
    /// <summary>The largest side we encode; a QR at 40 px per module is far below it.</summary>
    public const int MaxSide = 16_384;

    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// Encodes rows already packed for <paramref name="bitDepth"/> (1: 8 pixels a byte, most significant bit
    /// first, 1 = white; 8: one byte a pixel). <paramref name="rows"/> holds <paramref name="height"/> rows of
    /// <see cref="RowBytes"/> bytes each, without filter bytes.
    /// </summary>
    public static byte[] EncodeGray(int width, int height, int bitDepth, ReadOnlySpan<byte> rows)
    {
        if (width is < 1 or > MaxSide || height is < 1 or > MaxSide)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"PNG sides must be 1 to {MaxSide} pixels");
        }

        if (bitDepth is not (1 or 8))
        {
            throw new ArgumentOutOfRangeException(nameof(bitDepth), "bit depth must be 1 or 8");
        }

        var stride = RowBytes(width, bitDepth);
        if (rows.Length != stride * height)
        {
            throw new ArgumentException($"expected {stride * height} bytes of pixels, got {rows.Length}", nameof(rows));
        }

        using var output = new MemoryStream();
        output.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = (byte)bitDepth;
        header[9] = 0; // grayscale
        header[10] = 0; // deflate
        header[11] = 0; // adaptive filtering, filter type None on every row
        header[12] = 0; // not interlaced
        WriteChunk(output, "IHDR", header);
        WriteChunk(output, "IDAT", Deflate(rows, stride, height));
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>Bytes per row of pixels, without the filter byte.</summary>
    public static int RowBytes(int width, int bitDepth) => ((width * bitDepth) + 7) / 8;

    private static byte[] Deflate(ReadOnlySpan<byte> rows, int stride, int height)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.WriteByte(0); // filter type None
                zlib.Write(rows.Slice(y * stride, stride));
            }
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);

        Span<byte> typeBytes = stackalloc byte[4];
        Encoding.ASCII.GetBytes(type, typeBytes);
        output.Write(typeBytes);
        output.Write(data);

        var crc = Crc32.Append(Crc32.Compute(typeBytes), data);
        BinaryPrimitives.WriteUInt32BigEndian(word, crc);
        output.Write(word);
    }
}
