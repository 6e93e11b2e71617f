using MotCua.Domain.Qr;

namespace MotCua.Domain.Tests.Qr;

public sealed class QrUrlTests
{
    [Fact]
    public void The_url_is_upper_case_with_the_scan_route()
    {
        Assert.Equal("HTTPS://QR.CAOBANG.GOV.VN/S/HT2K", QrUrl.For("qr.caobang.gov.vn", "ht2k"));
    }

    [Fact]
    public void A_host_with_a_port_is_kept()
    {
        Assert.Equal("HTTPS://LOCALHOST:7071/S/AB23", QrUrl.For("localhost:7071", "AB23"));
    }

    [Theory]
    [InlineData("qr.cao_bang.vn")]
    [InlineData("https://qr.caobang.gov.vn")]
    [InlineData("")]
    public void A_host_that_would_leave_alphanumeric_mode_is_refused(string host)
    {
        Assert.Throws<ArgumentException>(() => QrUrl.For(host, "HT2K"));
    }

    [Theory]
    [InlineData("HT0K")]
    [InlineData("ABC")]
    [InlineData("ABCDEFG")]
    public void A_malformed_code_is_refused(string code)
    {
        Assert.Throws<ArgumentException>(() => QrUrl.For("qr.caobang.gov.vn", code));
    }
}
