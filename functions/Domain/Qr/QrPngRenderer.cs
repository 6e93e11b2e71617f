namespace MotCua.Domain.Qr;

/// <summary>
/// Draws a <see cref="QrMatrix"/> as a 1-bit grayscale PNG, <c>moduleSize</c> pixels per module,
/// the 4-module quiet zone included. A version-3 symbol at 10 px per module is about 400 bytes.
/// </summary>
/// <remarks>
/// Kept instead of QRCoder's <c>PngByteQRCode</c>: zbarimg reads both, but on the codes of site/ QRCoder's images
/// are 5–7% larger at 10 px a module and about 60% larger at 40 px (measured over every size and level).
/// </remarks>
public sealed class QrPngRenderer
{
    /// <summary>Below two pixels a module, decoders (zbar among them) stop finding the symbol.</summary>
    public const int MinModuleSize = 2;
    public const int MaxModuleSize = 40;

    /// <summary>The renderer is stateless; share this one.</summary>
    public static readonly QrPngRenderer Instance = new();

    public byte[] Render(QrMatrix matrix, int moduleSize)
    {
        if (moduleSize is < MinModuleSize or > MaxModuleSize)
        {
            throw new ArgumentOutOfRangeException(nameof(moduleSize), $"module size must be {MinModuleSize} to {MaxModuleSize} pixels");
        }

        var side = (matrix.Size + (2 * QrMatrix.QuietZone)) * moduleSize;
        var stride = PngEncoder.RowBytes(side, 1);
        var pixels = new byte[stride * side];
        pixels.AsSpan().Fill(0xFF); // white; dark modules clear their bits

        var row = new byte[stride];
        for (var moduleRow = 0; moduleRow < matrix.Size; moduleRow++)
        {
            row.AsSpan().Fill(0xFF);
            for (var moduleColumn = 0; moduleColumn < matrix.Size; moduleColumn++)
            {
                if (!matrix[moduleRow, moduleColumn])
                {
                    continue;
                }

                var x0 = (moduleColumn + QrMatrix.QuietZone) * moduleSize;
                for (var x = x0; x < x0 + moduleSize; x++)
                {
                    row[x >> 3] &= (byte)~(0x80 >> (x & 7));
                }
            }

            var y0 = (moduleRow + QrMatrix.QuietZone) * moduleSize;
            for (var y = y0; y < y0 + moduleSize; y++)
            {
                row.CopyTo(pixels.AsSpan(y * stride));
            }
        }

        return PngEncoder.EncodeGray(side, side, 1, pixels);
    }
}
