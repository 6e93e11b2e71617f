using MotCua.Domain.Qr;

namespace MotCua.Domain.Tests.Qr;

/// <summary>
/// What a cheap phone sees of a poster across the room: few pixels per module (sampled at a fractional
/// scale, so module edges fall between pixels), optical blur, a washed-out low-contrast print under
/// uneven light, and sensor noise. Produces an 8-bit grayscale PNG for zbarimg.
/// </summary>
internal static class PosterCamera
{
    public static byte[] Photograph(QrMatrix matrix, double pixelsPerModule, int blurPasses, byte ink, byte paper)
    {
        var modules = matrix.Size + (2 * QrMatrix.QuietZone);
        var side = (int)Math.Ceiling(modules * pixelsPerModule);
        var image = new double[side * side];
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                int row = (int)(y / pixelsPerModule) - QrMatrix.QuietZone, column = (int)(x / pixelsPerModule) - QrMatrix.QuietZone;
                var dark = row >= 0 && column >= 0 && row < matrix.Size && column < matrix.Size && matrix[row, column];
                image[(y * side) + x] = dark ? ink : paper;
            }
        }

        // Each pass widens the blur: n passes give sigma ≈ 0.7·√n px, a lens slightly out of focus.
        for (var pass = 0; pass < blurPasses; pass++)
        {
            image = Blur(image, side);
        }

        var random = new Random(42);
        var pixels = new byte[side * side];
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                // Glare from one side: the right edge is 15% brighter than the left.
                var light = 1.0 + (0.15 * x / side);
                var noise = (random.NextDouble() - 0.5) * 12;
                pixels[(y * side) + x] = (byte)Math.Clamp((image[(y * side) + x] * light) + noise, 0, 255);
            }
        }

        return PngEncoder.EncodeGray(side, side, 8, pixels);
    }

    private static double[] Blur(double[] image, int side)
    {
        // Binomial 1-2-1 kernel in both directions: the smallest Gaussian (sigma ≈ 0.7 px).
        var across = new double[image.Length];
        var result = new double[image.Length];
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                across[(y * side) + x] = Weighted(image, (y * side) + Math.Max(x - 1, 0), (y * side) + x, (y * side) + Math.Min(x + 1, side - 1));
            }
        }

        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                result[(y * side) + x] = Weighted(across, (Math.Max(y - 1, 0) * side) + x, (y * side) + x, (Math.Min(y + 1, side - 1) * side) + x);
            }
        }

        return result;
    }

    private static double Weighted(double[] image, int before, int at, int after) =>
        (image[before] + (2 * image[at]) + image[after]) / 4;
}
