using MotCua.Domain.Qr;

namespace MotCua.Domain.Tests.Qr;

public sealed class QrMatrixTests
{
    [Theory]
    [InlineData("QR.CAOBANG.GOV.VN")]
    [InlineData("MOTCUA.QUANTHANH.HANOI.VN")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWX")]
    public void A_short_url_on_a_host_up_to_24_characters_fits_version_3_at_level_Q(string host)
    {
        var hostOf24 = host.Length > 24 ? host[..24] : host;
        var matrix = QrMatrix.Encode(QrUrl.For(hostOf24, "HT2K9Z"), QrEcc.Q);

        Assert.True(matrix.Version <= 3, $"version {matrix.Version} for {hostOf24}");
        Assert.Equal(17 + (4 * matrix.Version), matrix.Size);
    }

    [Fact]
    public void A_90_character_lower_case_page_url_needs_version_8_at_level_Q()
    {
        var url = "https://motcuacaobang.z23.web.core.windows.net/tp-cao-bang/ho-tich/dang-ky-khai-sinh-co-yeu-to.html";
        url = url[..90];

        Assert.Equal(8, QrMatrix.Encode(url, QrEcc.Q).Version);
    }

    [Fact]
    public void Higher_error_correction_never_gives_a_smaller_symbol()
    {
        var url = QrUrl.For("QR.CAOBANG.GOV.VN", "HT2K");
        var versions = Enum.GetValues<QrEcc>().Select(ecc => QrMatrix.Encode(url, ecc).Version).ToArray();

        Assert.Equal(versions.Order(), versions);
    }

    [Fact]
    public void The_finder_pattern_sits_in_the_top_left_corner()
    {
        var matrix = QrMatrix.Encode("HTTPS://QR.CAOBANG.GOV.VN/S/HT2K", QrEcc.Q);

        // 7×7 finder: dark ring, light ring, dark 3×3 centre; the separator after it is light.
        Assert.True(matrix[0, 0] && matrix[0, 6] && matrix[6, 0] && matrix[3, 3]);
        Assert.False(matrix[1, 1] || matrix[5, 5] || matrix[7, 7] || matrix[0, 7]);
    }
}
