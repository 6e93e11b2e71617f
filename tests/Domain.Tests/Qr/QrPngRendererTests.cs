using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using MotCua.Domain.Qr;
using MotCua.TestSupport;

namespace MotCua.Domain.Tests.Qr;

public sealed class QrPngRendererTests
{
    private const string Url = "HTTPS://QR.CAOBANG.GOV.VN/S/HT2K";

    [Theory]
    [InlineData(QrEcc.L, 2)]
    [InlineData(QrEcc.M, 3)]
    [InlineData(QrEcc.Q, 10)]
    [InlineData(QrEcc.H, 40)]
    public async Task Zbarimg_reads_back_exactly_the_url(QrEcc ecc, int moduleSize)
    {
        var png = QrPngRenderer.Instance.Render(QrMatrix.Encode(Url, ecc), moduleSize);

        Assert.Equal([Url], await ZbarImg.DecodeAsync(png));
    }

    [Fact]
    public void The_image_is_a_one_bit_grayscale_png_with_valid_chunk_crcs()
    {
        var matrix = QrMatrix.Encode(Url, QrEcc.Q);
        var chunks = ReadChunks(QrPngRenderer.Instance.Render(matrix, 10));

        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        var header = chunks[0].Data;
        var side = (matrix.Size + 8) * 10;
        Assert.Equal(side, BinaryPrimitives.ReadInt32BigEndian(header));
        Assert.Equal(side, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)));
        Assert.Equal(1, header[8]);
        Assert.Equal(0, header[9]);
    }

    [Fact]
    public void Every_pixel_matches_its_module_with_a_four_module_quiet_zone()
    {
        const int moduleSize = 3;
        var matrix = QrMatrix.Encode(Url, QrEcc.Q);
        var chunks = ReadChunks(QrPngRenderer.Instance.Render(matrix, moduleSize));
        var side = (matrix.Size + 8) * moduleSize;
        var stride = (side + 7) / 8;

        using var zlib = new ZLibStream(new MemoryStream(chunks[1].Data), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var bytes = raw.ToArray();
        Assert.Equal(side * (stride + 1), bytes.Length);

        for (var y = 0; y < side; y++)
        {
            Assert.Equal(0, bytes[y * (stride + 1)]);
            for (var x = 0; x < side; x++)
            {
                var white = (bytes[(y * (stride + 1)) + 1 + (x >> 3)] & (0x80 >> (x & 7))) != 0;
                int row = (y / moduleSize) - 4, column = (x / moduleSize) - 4;
                var inSymbol = row >= 0 && column >= 0 && row < matrix.Size && column < matrix.Size;
                Assert.Equal(inSymbol && matrix[row, column], !white);
            }
        }
    }

    [Fact]
    public void A_version_3_code_at_10_pixels_a_module_is_under_600_bytes()
    {
        var png = QrPngRenderer.Instance.Render(QrMatrix.Encode("HTTPS://QR.QUANTHANH.HANOI.GOV.VN/S/HT2K9Z", QrEcc.Q), 10);

        Assert.InRange(png.Length, 100, 600);
    }

    /// <summary>Why we keep a renderer of our own: the day QRCoder's is as small on the site's codes, this fails and ours can go.</summary>
    [Fact]
    public void On_the_sites_codes_our_images_are_smaller_than_QRCoders_PngByteQRCode()
    {
        var codes = Regex.Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Site, "codes.yaml")), @"^- code: (\S+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(codes);
        long ours = 0, theirs = 0;
        foreach (var url in codes.Select(code => QrUrl.For("QR.CAOBANG.GOV.VN", code)))
        {
            ours += QrPngRenderer.Instance.Render(QrMatrix.Encode(url, QrEcc.Q), 10).Length;
            using var data = QRCoder.QRCodeGenerator.GenerateQrCode(url, QRCoder.QRCodeGenerator.ECCLevel.Q);
            theirs += new QRCoder.PngByteQRCode(data).GetGraphic(10).Length;
        }

        Assert.True(ours < theirs, $"ours {ours} B, QRCoder's {theirs} B for {codes.Count} codes");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(41)]
    public void A_module_size_out_of_range_is_refused(int moduleSize)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QrPngRenderer.Instance.Render(QrMatrix.Encode(Url, QrEcc.Q), moduleSize));
    }

    private static List<(string Type, byte[] Data)> ReadChunks(byte[] png)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        var chunks = new List<(string, byte[])>();
        var at = 8;
        while (at < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length).ToArray();
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            Assert.Equal(crc, Crc32.Compute(png.AsSpan(at + 4, 4 + length)));
            chunks.Add((type, data));
            at += 12 + length;
        }

        return chunks;
    }
}
