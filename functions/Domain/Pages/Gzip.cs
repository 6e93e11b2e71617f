using System.IO.Compression;

namespace MotCua.Domain.Pages;

/// <summary>Gzip at the highest level: pages are compressed once at publish and read many times on slow links.</summary>
public static class Gzip
{
    public static byte[] Compress(ReadOnlySpan<byte> bytes)
    {
        using var output = new MemoryStream(bytes.Length / 3 + 64);
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    /// <summary>The bytes a gzip stream holds; an <see cref="InvalidDataException"/> when they are not gzip.</summary>
    public static byte[] Decompress(byte[] gzip)
    {
        using var input = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
