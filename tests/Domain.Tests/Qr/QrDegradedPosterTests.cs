using MotCua.Domain.Qr;
using MotCua.TestSupport;

namespace MotCua.Domain.Tests.Qr;

/// <summary>The printed code must survive a cheap camera across the room at the level we print (Q).</summary>
public sealed class QrDegradedPosterTests
{
    private const string Url = "HTTPS://QR.QUANTHANH.HANOI.GOV.VN/S/HT2K9Z";

    [Theory]
    [InlineData(2.0, 1)]
    [InlineData(2.5, 1)]
    [InlineData(3.0, 2)]
    [InlineData(3.0, 3)]
    public async Task A_blurred_low_contrast_photo_at_two_to_three_pixels_a_module_still_decodes(double pixelsPerModule, int blurPasses)
    {
        var matrix = QrMatrix.Encode(Url, QrEccLevels.Default);
        var photo = PosterCamera.Photograph(matrix, pixelsPerModule, blurPasses, ink: 95, paper: 165);

        Assert.Equal([Url], await ZbarImg.DecodeAsync(photo));
    }

    [Fact]
    public async Task The_same_photo_of_an_eight_bit_png_is_read_by_zbarimg_at_all()
    {
        // Guards the test itself: an undegraded 8-bit image from the same camera must decode.
        var photo = PosterCamera.Photograph(QrMatrix.Encode(Url, QrEcc.Q), 4, 0, ink: 0, paper: 255);

        Assert.Equal([Url], await ZbarImg.DecodeAsync(photo));
    }
}
